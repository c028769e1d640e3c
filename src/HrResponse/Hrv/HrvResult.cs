namespace HrResponse.Hrv;

/// <summary>
/// The HRV of one series in every requested domain, with the options that produced it. The index table joins the
/// domains' tables in the order time, frequency, nonlinear.
/// </summary>
public sealed record HrvResult : IIndexTableSource
{
    /// <summary>The options used.</summary>
    public required HrvOptions Options { get; init; }

    /// <summary>Time-domain indices, or <c>null</c> when not requested.</summary>
    public TimeDomainResult? TimeDomain { get; init; }

    /// <summary>Frequency-domain indices (with the spectrum), or <c>null</c> when not requested.</summary>
    public FrequencyDomainResult? FrequencyDomain { get; init; }

    /// <summary>Nonlinear indices, or <c>null</c> when not requested.</summary>
    public NonlinearResult? Nonlinear { get; init; }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, double> ToIndexTable()
    {
        var table = new Dictionary<string, double>();
        foreach (IIndexTableSource? part in Parts())
        {
            if (part is null) continue;
            foreach (var (key, value) in part.ToIndexTable()) table[key] = value;
        }

        return table;
    }

    private IEnumerable<IIndexTableSource?> Parts()
    {
        yield return TimeDomain;
        yield return FrequencyDomain;
        yield return Nonlinear;
    }
}
