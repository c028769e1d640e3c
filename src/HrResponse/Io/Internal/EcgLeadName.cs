namespace HrResponse.Io.Internal;

/// <summary>Signal names that name an ECG lead, shared by the WFDB and EDF readers to choose the ECG among a record's signals.</summary>
internal static class EcgLeadName
{
    /// <summary>
    /// True for a name starting with <c>ECG</c> or <c>EKG</c> (EDF+ standard texts such as <c>ECG II</c>) or a lead name:
    /// <c>I</c>, <c>II</c>, <c>III</c>, <c>aVR</c>, <c>aVL</c>, <c>aVF</c>, <c>V1</c>–<c>V6</c>, <c>D1</c>–<c>D3</c>,
    /// with the MIT-BIH prefixes <c>ML</c> (modified limb lead, <c>MLII</c>) and <c>MV</c> (<c>MV1</c>–<c>MV6</c>).
    /// </summary>
    public static bool IsEcgLead(string name)
    {
        var d = name.Trim().ToUpperInvariant();
        if (d.StartsWith("ECG", StringComparison.Ordinal) || d.StartsWith("EKG", StringComparison.Ordinal)) return true;
        if (d.StartsWith("ML", StringComparison.Ordinal)) d = d[2..];
        else if (d.StartsWith("MV", StringComparison.Ordinal)) d = "V" + d[2..];
        return d is "I" or "II" or "III" or "AVR" or "AVL" or "AVF" or "V1" or "V2" or "V3" or "V4" or "V5" or "V6"
            or "D1" or "D2" or "D3";
    }
}
