namespace HrResponse.Autonomic;

/// <summary>Placeholder.</summary>
public static class ActiveStandAnalysis
{
}
