#!/usr/bin/env python3
"""Writes the self-made seed files of the device-format corpora (fit, tcx, gpx, hrm, rrtext, open) and csv/time_hr.csv.

Every byte comes from this script (fixed random seed, synthetic heart rate and RR series); no file is cut from a
third-party recording. Each seed keeps a format feature the readers must handle (listed in fuzz/README.md):
  python3 fuzz/make-seeds.py            # rewrites the files below in fuzz/corpus/
"""
import math
import os
import random
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
rng = random.Random(20261202)


def write(rel, data, also_open=None):
    if isinstance(data, str):
        data = data.encode("utf-8")
    for path in [rel] + ([f"open/{also_open}"] if also_open else []):
        full = os.path.join(CORPUS, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data)


def rr_series(n, mean_ms=820.0):
    """RR intervals (ms) with respiratory and slow oscillations and noise; one long interval (a missed beat)."""
    out = []
    for i in range(n):
        v = mean_ms + 45 * math.sin(i / 4.0) + 30 * math.sin(i / 37.0) + rng.gauss(0, 12)
        out.append(v)
    out[n // 3] = out[n // 3] * 2.0
    return out


def hr_series(n, rest=92, peak=171):
    """Heart rate (bpm) of an exercise bout: rest, ramp, plateau, recovery."""
    out = []
    for i in range(n):
        f = i / max(1, n - 1)
        if f < 0.15:
            hr = rest
        elif f < 0.6:
            hr = rest + (peak - rest) * (f - 0.15) / 0.45
        elif f < 0.75:
            hr = peak
        else:
            hr = peak - (peak - rest) * (1 - math.exp(-(f - 0.75) * 12))
        out.append(int(round(hr + rng.gauss(0, 1.5))))
    return out


# ---------------------------------------------------------------- RR text
def rrtext():
    rr = [int(round(v * 1.45)) for v in rr_series(150)]  # a slow resting heart, about 1,190 ms
    write("rrtext/ms.txt", "".join(f"{v}\r\n" for v in rr), also_open="ms.txt")  # one column, integer ms, CRLF
    rr_s = [v / 1000.0 for v in rr_series(100)]
    t, lines = 0.0, []
    for i, v in enumerate(rr_s):
        if i > 0:
            t += v
        lines.append(f"{t:.3f} {v:.3f}")
    write("rrtext/times_s.txt", "\n".join(lines))  # beat time and RR in s, space-separated, no final newline
    # Regression seed of the fixed crash "a line of only separators": separators, short and long numbers, a byte
    # that is not UTF-8.
    write("rrtext/crash-line-of-separators.txt", b";;;;;\n1\n1180\n12\n13015\xa81\n1195\n12\n1\n,,,\n1210\n")


# ---------------------------------------------------------------- CSV heart-rate samples
def csv_hr():
    hr = hr_series(48, rest=113, peak=158)
    write("csv/time_hr.csv", "time_s,hr_bpm\n" + "".join(f"{i},{v}\n" for i, v in enumerate(hr)))  # 1-s samples, LF


# ---------------------------------------------------------------- Polar HRM
def hrm_text(interval=5, smode="111000100", samples=None, start="13:51:36.0", crlf=True):
    n = len(samples)
    length = n * interval if interval != 238 else sum(samples) / 1000.0
    hh, rem = divmod(length, 3600)
    mm, ss = divmod(rem, 60)
    params = [
        "[Params]", "Version=106", "Monitor=33", f"SMode={smode}", "Date=20100919", f"StartTime={start}",
        f"Length={int(hh):02d}:{int(mm):02d}:{ss:04.1f}", f"Interval={interval}", "Upper1=0", "Lower1=0", "Upper2=0",
        "Lower2=0", "Upper3=0", "Lower3=0", "Timer1=00:00:00.0", "Timer2=00:00:00.0", "Timer3=00:00:00.0",
        "ActiveLimit=0", "MaxHR=190", "RestHR=58", "StartDelay=0", "VO2max=55", "Weight=72", "",
        "[Note]", "self-made seed", "",
        "[IntTimes]",
        "00:10:00.0\t150\t90\t131\t168", "0\t0\t0\t61\t103\t287", "0\t0\t0\t0\t0", "0\t4100\t0\t190\t0\t0", "0\t0\t0\t0\t0\t0",
        f"{int(hh):02d}:{int(mm):02d}:{ss:04.1f}\t120\t88\t140\t172", "0\t0\t0\t60\t101\t280", "0\t0\t0\t0\t0",
        "0\t8200\t0\t185\t0\t0", "0\t0\t0\t0\t0\t0", "",
        "[IntNotes]", "1\tfirst lap", "2\t", "",
        "[ExtraData]", "",
        "[LapNames]", "1\t1\t", "2\t1\t", "",
        "[Summary-123]", "4050\t0\t4050\t0\t0\t0", "190\t0\t0\t58", "0\t810", "",
        "[Summary-TH]", "4050\t0\t4050\t0\t0\t0", "190\t0\t0\t58", "0\t810", "",
        "[HRZones]", "190", "171", "152", "133", "114", "95", "0", "0", "0", "0", "0", "",
        "[Trip]", "123", "0", "4054", "290", "45", "180", "302", "0", "",
        "[HRData]",
    ]
    rows = []
    for i, v in enumerate(samples):
        if smode.startswith("111"):
            rows.append(f"{v}\t{250 + (i % 40)}\t{80 + (i % 7)}\t{120 + (i % 30)}")
        else:
            rows.append(f"{v}")
    eol = "\r\n" if crlf else "\n"
    return eol.join(params + rows) + eol


def hrm():
    text = hrm_text(samples=hr_series(400))
    write("hrm/interval5.hrm", text, also_open="interval5.hrm")  # HR every 5 s with speed, cadence, altitude; CRLF
    rr = [int(round(v)) for v in rr_series(300)]
    write("hrm/rr-mode.hrm", hrm_text(interval=238, smode="000000000", samples=rr, crlf=False))  # R-R mode, LF
    write("hrm/truncated.hrm", text[:3000])  # cut inside the file
    bad = hrm_text(samples=hr_series(120), start="13:51555555555555555555555555555:3634.9")
    write("hrm/crash-start-time-overflow.hrm", bad)  # regression seed: StartTime beyond a day
    write("open/crash-hrm-start-time.hrm", hrm_text(samples=hr_series(60), start="2222222222222234.9"))


# ---------------------------------------------------------------- TCX
def iso(t0, s):
    h, rem = divmod(int(s), 3600)
    m, sec = divmod(rem, 60)
    return f"2021-05-04T{t0 + h:02d}:{m:02d}:{sec:02d}Z"


def tcx_pretty():
    hr = hr_series(240)
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="no" ?>',
           '<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">',
           '  <Activities>', '    <Activity Sport="Biking">', f'      <Id>{iso(9, 0)}</Id>']
    for lap in range(2):
        part = hr[lap * 120:(lap + 1) * 120]
        out += [f'      <Lap StartTime="{iso(9, lap * 600)}">', '        <TotalTimeSeconds>600.0</TotalTimeSeconds>',
                '        <DistanceMeters>4012.5</DistanceMeters>', '        <MaximumSpeed>9.8</MaximumSpeed>',
                '        <Calories>120</Calories>',
                f'        <AverageHeartRateBpm><Value>{sum(part) // len(part)}</Value></AverageHeartRateBpm>',
                f'        <MaximumHeartRateBpm><Value>{max(part)}</Value></MaximumHeartRateBpm>',
                '        <Intensity>Active</Intensity>', '        <Cadence>85</Cadence>',
                '        <TriggerMethod>Manual</TriggerMethod>', '        <Track>']
        for i, v in enumerate(part):
            t = lap * 600 + i * 5
            out += ['          <Trackpoint>', f'            <Time>{iso(9, t)}</Time>',
                    '            <Position><LatitudeDegrees>47.3769</LatitudeDegrees>'
                    f'<LongitudeDegrees>{8.5417 + t * 1e-5:.5f}</LongitudeDegrees></Position>',
                    f'            <AltitudeMeters>{410 + (t % 50) * 0.3:.1f}</AltitudeMeters>',
                    f'            <DistanceMeters>{t * 6.7:.1f}</DistanceMeters>',
                    f'            <HeartRateBpm><Value>{v}</Value></HeartRateBpm>', '            <Cadence>84</Cadence>',
                    '            <Extensions><ns3:TPX><ns3:Speed>6.7</ns3:Speed>'
                    f'<ns3:Watts>{150 + (i % 20) * 5}</ns3:Watts></ns3:TPX></Extensions>',
                    '          </Trackpoint>']
        out += ['        </Track>', '      </Lap>']
    out += ['      <Creator xsi:type="Device_t"><Name>Seed Bike Computer</Name><UnitId>1</UnitId>'
            '<ProductID>1</ProductID><Version><VersionMajor>1</VersionMajor><VersionMinor>0</VersionMinor></Version></Creator>',
            '    </Activity>', '  </Activities>', '</TrainingCenterDatabase>']
    write("tcx/bike.tcx", "\n".join(out) + "\n", also_open="bike.tcx")


def tcx_single_line():
    hr = hr_series(80)
    parts = ['\ufeff<?xml version="1.0" encoding="UTF-8"?><TrainingCenterDatabase '
             'xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities>']
    for act in range(2):  # two activities: read onto one time axis
        base = act * 1200
        parts.append(f'<Activity Sport="Running"><Id>{iso(7, base)}</Id><Lap StartTime="{iso(7, base)}">'
                     '<TotalTimeSeconds>400.0</TotalTimeSeconds><DistanceMeters>1200.0</DistanceMeters><Track>')
        for i, v in enumerate(hr[act * 40:(act + 1) * 40]):
            parts.append(f'<Trackpoint><Time>{iso(7, base + i * 10)}</Time><HeartRateBpm><Value>{v}</Value>'
                         '</HeartRateBpm></Trackpoint>')
        parts.append('</Track><Notes>interval &amp; notes, self-made</Notes></Lap>'
                     '<Notes>activity notes</Notes></Activity>')
    parts.append('</Activities></TrainingCenterDatabase>')
    write("tcx/notes.tcx", "".join(parts))  # one line, UTF-8 BOM, no final newline


# ---------------------------------------------------------------- GPX
def gpx_gpxdata():
    hr = hr_series(150)
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<gpx xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:gpxdata="http://www.cluetrust.com/XML/GPXDATA/1/0" '
           'version="1.1" creator="seed generator" xmlns="http://www.topografix.com/GPX/1/1">',
           '<metadata><name>seed</name><time>2014-01-17T09:33:11Z</time></metadata>', '<trk><name>Move</name>']
    for seg in range(2):  # a second segment adds a marker
        out.append('<trkseg>')
        for i, v in enumerate(hr[seg * 75:(seg + 1) * 75]):
            t = seg * 900 + i * 10
            out.append(f'<trkpt lat="60.1{i:03d}" lon="24.9{i:03d}"><ele>{12 + i % 9}</ele><time>{iso(9, t)}</time>'
                       f'<extensions><gpxdata:hr>{v}</gpxdata:hr><gpxdata:cadence>{80 + i % 5}</gpxdata:cadence>'
                       '</extensions></trkpt>')
        out.append('</trkseg>')
    out += ['</trk>', '</gpx>']
    write("gpx/gpxdata.gpx", "\n".join(out) + "\n", also_open="gpxdata.gpx")


def gpx_trackpointext():
    hr = hr_series(120)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<gpx version="1.1" creator="Seed Biker – with barometer" xmlns="http://www.topografix.com/GPX/1/1" '
           'xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1" '
           'xmlns:pwr="http://www.garmin.com/xmlschemas/PowerExtension/v1">',
           '<trk><name>Ride ü</name><trkseg>']
    for i, v in enumerate(hr):
        out.append(f'  <trkpt lat="45.{5000 + i}" lon="-73.{5600 + i}">\n    <ele>{30.5 + i % 11}</ele>\n'
                   f'    <time>{iso(16, i * 3)}</time>\n    <extensions><pwr:PowerInWatts>{180 + i % 30}</pwr:PowerInWatts>'
                   f'<gpxtpx:TrackPointExtension><gpxtpx:hr>{v}</gpxtpx:hr><gpxtpx:cad>88</gpxtpx:cad>'
                   '</gpxtpx:TrackPointExtension></extensions>\n  </trkpt>')
    out += ['</trkseg></trk>', '</gpx>']
    write("gpx/trackpointext.gpx", "\n".join(out) + "\n")


# ---------------------------------------------------------------- FIT
def crc16(data):
    crc = 0
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc


class Fit:
    def __init__(self):
        self.data = bytearray()

    def definition(self, local, glob, fields, big=False, dev_fields=None):
        self.data.append(0x40 | (0x20 if dev_fields else 0) | local)
        self.data += bytes([0, 1 if big else 0]) + struct.pack(">H" if big else "<H", glob) + bytes([len(fields)])
        for num, size, typ in fields:
            self.data += bytes([num, size, typ])
        if dev_fields:
            self.data.append(len(dev_fields))
            for num, size, idx in dev_fields:
                self.data += bytes([num, size, idx])

    def message(self, local, body):
        self.data.append(local)
        self.data += body

    def compressed(self, local, offset, body):
        self.data.append(0x80 | (local << 5) | (offset & 0x1F))
        self.data += body

    def build(self):
        header = bytearray([14, 0x20]) + struct.pack("<H", 2132) + struct.pack("<I", len(self.data)) + b".FIT"
        header += struct.pack("<H", crc16(header))
        whole = header + self.data
        return bytes(whole + struct.pack("<H", crc16(whole)))


def fit():
    f = Fit()
    t0 = 1_000_000_000  # FIT time stamp (s since 1989-12-31)
    # file_id: type, manufacturer, product, serial, time_created, product_name (string).
    f.definition(0, 0, [(0, 1, 0x00), (1, 2, 0x84), (2, 2, 0x84), (3, 4, 0x8C), (4, 4, 0x86), (8, 12, 0x07)])
    f.message(0, struct.pack("<BHHII", 4, 1, 2697, 3_900_000_001, t0) + b"SeedWatch\x00\x00\x00")
    # event (big-endian definition): timestamp, event = timer, event_type = start.
    f.definition(1, 21, [(253, 4, 0x86), (0, 1, 0x00), (1, 1, 0x00)], big=True)
    f.message(1, struct.pack(">IBB", t0, 0, 0))
    # record: timestamp, heart_rate, power, distance; plus one developer field (2 bytes) skipped by size.
    f.definition(2, 20, [(253, 4, 0x86), (3, 1, 0x02), (7, 2, 0x84), (5, 4, 0x86)], dev_fields=[(0, 2, 0)])
    # hrv: time array of 5 uint16 (scale 1000), unused slots 0xFFFF.
    f.definition(4, 78, [(0, 10, 0x84)])
    # record with compressed time stamps (local types 0-3 only): heart_rate, power.
    f.definition(3, 20, [(3, 1, 0x02), (7, 2, 0x84)])
    hr = hr_series(300)
    rr = rr_series(400, mean_ms=560)
    k = 0
    for i, v in enumerate(hr):
        t = t0 + i
        if i % 4 == 3:
            f.compressed(3, t & 0x1F, struct.pack("<BH", v, 150 + i % 60))
        else:
            f.message(2, struct.pack("<IBHIH", t, v, 150 + i % 60, i * 350, 0x1234))
        if k < len(rr):
            take = 2 if i % 3 else 1
            vals = [int(round(x)) for x in rr[k:k + take]]
            k += take
            vals += [0xFFFF] * (5 - len(vals))
            f.message(4, struct.pack("<5H", *vals))
    # lap: timestamp, start_time, total_elapsed_time (ms), avg/max heart rate.
    f.definition(5, 19, [(253, 4, 0x86), (2, 4, 0x86), (7, 4, 0x86), (15, 1, 0x02), (16, 1, 0x02)])
    f.message(5, struct.pack("<IIIBB", t0 + 150, t0, 150_000, 120, 160))
    f.message(5, struct.pack("<IIIBB", t0 + 300, t0 + 150, 150_000, 150, 175))
    # session: timestamp, start_time, sport.
    f.definition(6, 18, [(253, 4, 0x86), (2, 4, 0x86), (5, 1, 0x00)])
    f.message(6, struct.pack("<IIB", t0 + 300, t0, 2))
    write("fit/synthetic.fit", f.build(), also_open="synthetic.fit")


if __name__ == "__main__":
    rrtext()
    csv_hr()
    hrm()
    tcx_pretty()
    tcx_single_line()
    gpx_gpxdata()
    gpx_trackpointext()
    fit()
