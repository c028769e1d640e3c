namespace HrResponse.Hrv;

/// <summary>Named sets of HRV settings; see <see cref="HrvOptions.FromPreset(HrvPreset)"/>.</summary>
public enum HrvPreset
{
    /// <summary>HrResponse's defaults (<see cref="HrvOptions.Default"/>).</summary>
    Default = 0,

    /// <summary>NeuroKit2 0.2.12 (<see cref="HrvOptions.NeuroKit2"/>).</summary>
    NeuroKit2 = 1,

    /// <summary>Task Force of the ESC and NASPE (1996) (<see cref="HrvOptions.TaskForce1996"/>).</summary>
    TaskForce1996 = 2,

    /// <summary>hrv-analysis 1.0.x (<see cref="HrvOptions.HrvAnalysis"/>).</summary>
    HrvAnalysis = 3,

    /// <summary>pyHRV 0.4 (<see cref="HrvOptions.PyHrv"/>).</summary>
    PyHrv = 4,

    /// <summary>systole 0.3 (<see cref="HrvOptions.Systole"/>).</summary>
    Systole = 5,

    /// <summary>Kubios HRV's documented defaults, not checked against Kubios output (<see cref="HrvOptions.Kubios"/>).</summary>
    Kubios = 6,
}
