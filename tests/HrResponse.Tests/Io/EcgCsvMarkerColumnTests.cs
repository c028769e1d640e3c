using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Io;

/// <summary>ECG tables with a text marker column and a second (blood-pressure) signal, as in the Valsalva data (issue 20).</summary>
public class EcgCsvMarkerColumnTests
{
    [Test]
    public void Read_EventColumnWithEmptyAndTextCells_BecomesMarkersNotSignal()
    {
        var content = EcgCsvReader.Read(new StringReader(
            "time_s,ecg_250hz_mv,bp_250hz_mmhg,event\n0.000,0.1,80,\n0.004,0.2,81,vm_strain_start\n0.008,0.3,82,\n0.012,0.4,83,release\n"), "t.csv");
        Assert.That(content.Signals.Select(s => s.Name), Is.EqualTo(new[] { "ecg_250hz_mv", "bp_250hz_mmhg" }));
        Assert.That(content.Signals[1].Unit, Is.EqualTo("mmHg"));
        Assert.That(content.MarkerColumn, Is.EqualTo("event"));
        Assert.That(content.Markers.Select(m => m.Label), Is.EqualTo(new[] { "vm_strain_start", "release" }));
        Assert.That(content.Markers.Select(m => m.TimeSeconds), Is.EqualTo(new[] { 0.004, 0.012 }).Within(1e-12));
    }

    [Test]
    public void Open_ValsalvaEcgBpFile_HasBeatsMarkersAndPressureChannel()
    {
        var path = SharedData.Data("valsalva", "Subject_1_ecg_bp_250hz.csv");
        var recording = RecordingReader.Open(path).Recording;
        Assert.That(recording.Beats.Count, Is.GreaterThan(100));
        Assert.That(recording.Markers.Select(m => m.Label), Is.EqualTo(new[] { "vm_strain_start", "vm_strain_release" }));
        Assert.That(recording.Markers[0].TimeSeconds, Is.EqualTo(23.72).Within(0.004));
        var bp = recording.Channels.Single();
        Assert.That(bp.Name, Is.EqualTo("bp_250hz_mmhg"));
        Assert.That(bp.Unit, Is.EqualTo("mmHg"));
        Assert.That(bp.Count, Is.EqualTo(recording.Ecg!.Count));
    }
}
