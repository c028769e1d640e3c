namespace HrResponse.Hrv;

/// <summary>Why an index is NaN, or a caveat about its value.</summary>
/// <param name="Index">Index-table name, e.g. <c>HRV_VLF</c>; <c>*</c> for the whole analysis.</param>
/// <param name="Message">Plain-language reason.</param>
/// <param name="ValueIsNaN">True when the index is NaN because of this; false for a caveat on a value that was computed.</param>
public sealed record FrequencyDomainNote(string Index, string Message, bool ValueIsNaN);
