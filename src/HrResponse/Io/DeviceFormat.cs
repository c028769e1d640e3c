namespace HrResponse.Io;

/// <summary>A device or app file format: which device reader read a file (<see cref="DeviceReadReport.Format"/>).</summary>
public enum DeviceFormat
{
    /// <summary>Garmin FIT binary activity file (<see cref="FitReader"/>).</summary>
    Fit,

    /// <summary>Garmin Training Center XML (<see cref="TcxReader"/>).</summary>
    Tcx,

    /// <summary>GPS Exchange Format with heart-rate extensions (<see cref="GpxReader"/>).</summary>
    Gpx,

    /// <summary>Polar HRM text file, heart-rate or R–R mode (<see cref="PolarHrmReader"/>).</summary>
    PolarHrm,

    /// <summary>RR-interval text log: one value a line, two columns, or an app CSV (<see cref="RrTextReader"/>).</summary>
    RrText,

    /// <summary>Log of Bluetooth Heart Rate Measurement packets, one a line with a time stamp (<see cref="BleLogReader"/>).</summary>
    BleLog,

    /// <summary>PhysioNet WFDB record: header (<c>.hea</c>), signal file and MIT annotation file (<see cref="WfdbReader"/>).</summary>
    Wfdb,

    /// <summary>Polar Flow session CSV export: summary lines, then one heart-rate sample a second (<see cref="PolarFlowCsvReader"/>).</summary>
    PolarFlowCsv,
}
