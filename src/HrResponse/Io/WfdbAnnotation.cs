namespace HrResponse.Io;

/// <summary>One annotation of a WFDB annotation file in MIT format (annotation(5) man page, PhysioNet).</summary>
/// <param name="Sample">Sample (frame) number the annotation is attached to.</param>
/// <param name="Code">Annotation code (WFDB <c>ecgcodes.h</c>: 1 = N, 5 = V, 8 = A, 28 = rhythm change ...).</param>
/// <param name="Symbol">WFDB mnemonic of the code (<c>N</c>, <c>V</c>, <c>A</c>, <c>+</c> ...); the code as text when unknown.</param>
/// <param name="SubType">The <c>subtyp</c> field (0 unless a SUB word set it).</param>
/// <param name="Channel">The <c>chan</c> field (persists until a CHN word changes it).</param>
/// <param name="Number">The <c>num</c> field (persists until a NUM word changes it).</param>
/// <param name="Aux">The auxiliary string (e.g. <c>(N</c> for a rhythm change), or <c>null</c>.</param>
public sealed record WfdbAnnotation(long Sample, int Code, string Symbol, int SubType, int Channel, int Number, string? Aux)
{
    /// <summary>True when the code denotes a QRS complex (WFDB <c>isqrs</c>: codes 1–13, 25, 30, 31, 34, 35, 38, 41).</summary>
    public bool IsBeat => Internal.WfdbCodes.IsQrs(Code);

    /// <summary>
    /// True when the code is a normal beat for NN intervals: N, L, R, B, e, j, n (see <see cref="WfdbReadOptions.NormalBeatsOnly"/>).
    /// </summary>
    public bool IsNormalBeat => Internal.WfdbCodes.IsNormal(Code);
}
