using System.Text;

namespace HrResponse.Io.Internal;

/// <summary>
/// The cells of one column as read: numbers (NaN for an empty or unusable cell) with the first row of each kind of
/// problem, or, for a label column, the rows where the label changes, or, for a beat-symbol column, the WFDB code of
/// each row's mnemonic (NaN where empty or not a mnemonic). Parses UTF-8 cells without allocating.
/// </summary>
internal sealed class CsvColumnData
{
    private double[] _values;
    private byte[] _previousLabel = new byte[64];
    private int _previousLabelLength;

    public CsvColumnData(int index, CsvColumnName name, bool isLabel, int capacity, bool isBeatSymbol = false)
    {
        Index = index;
        Name = name;
        IsLabel = isLabel;
        IsBeatSymbol = isBeatSymbol && !isLabel;
        _values = isLabel ? [] : new double[Math.Max(1, capacity)];
    }

    /// <summary>0-based position in the row.</summary>
    public int Index { get; }

    /// <summary>The header name taken apart.</summary>
    public CsvColumnName Name { get; }

    /// <summary>True for a marker column: cells are labels, not numbers.</summary>
    public bool IsLabel { get; }

    /// <summary>
    /// True for a beat-annotation column: <see cref="Values"/> holds the WFDB code of each row's mnemonic
    /// (<see cref="WfdbCodes.CodeOf"/>); a cell that is no mnemonic is NaN and counts as text.
    /// </summary>
    public bool IsBeatSymbol { get; }

    /// <summary>
    /// The first date-time stamp when the column's cells were date-times (<see cref="UseSecondsFrom"/>) and
    /// <see cref="Values"/> now hold seconds from it; <c>null</c> otherwise.
    /// </summary>
    public DateTimeOffset? DateTimeOrigin { get; private set; }

    /// <summary>Number of cells added.</summary>
    public int Count { get; private set; }

    /// <summary>Numbers by row; NaN where the cell was empty or not a finite number.</summary>
    public ReadOnlySpan<double> Values => _values.AsSpan(0, IsLabel ? 0 : Count);

    /// <summary>First row (0-based) whose cell is text that is not a number, or −1.</summary>
    public int FirstTextRow { get; private set; } = -1;

    /// <summary>First row whose cell is NaN, or −1.</summary>
    public int FirstNaNRow { get; private set; } = -1;

    /// <summary>First row whose cell is an infinity, or −1.</summary>
    public int FirstInfinityRow { get; private set; } = -1;

    /// <summary>First row whose number is zero or negative, or −1.</summary>
    public int FirstNonPositiveRow { get; private set; } = -1;

    /// <summary>First row whose cell is empty, or −1.</summary>
    public int FirstEmptyRow { get; private set; } = -1;

    /// <summary>Number of empty cells.</summary>
    public int EmptyCount { get; private set; }

    /// <summary>For a label column: the rows where a non-empty label differs from the previous row's label.</summary>
    public List<(int Row, string Label)> LabelChanges { get; } = [];

    /// <summary>
    /// Replaces the column's values by <paramref name="seconds"/> (NaN where a cell was empty), the seconds of its
    /// date-time stamps from <paramref name="origin"/>: a text column that turned out to hold times.
    /// </summary>
    public void UseSecondsFrom(DateTimeOffset origin, double[] seconds)
    {
        _values = seconds;
        Count = seconds.Length;
        DateTimeOrigin = origin;
        FirstTextRow = FirstNaNRow = FirstInfinityRow = FirstNonPositiveRow = -1;
        for (var i = 0; i < seconds.Length; i++)
            if (seconds[i] <= 0 && FirstNonPositiveRow < 0) FirstNonPositiveRow = i;
    }

    /// <summary>Adds the cell of the next row.</summary>
    public void Add(ReadOnlySpan<byte> cell, IFormatProvider numbers)
    {
        var row = Count++;
        if (IsLabel)
        {
            AddLabel(Trim(cell), row);
            return;
        }

        if (IsBeatSymbol)
        {
            Span<char> chars = stackalloc char[8];
            var symbol = Trim(cell);
            var code = symbol.Length <= chars.Length ? WfdbCodes.CodeOf(chars[..Encoding.UTF8.GetChars(symbol, chars)]) : -1;
            Store(row, symbol.IsEmpty, code >= 0, code);
            return;
        }

        double v = 0;
        var blank = CsvText.IsBlank(cell);
        var numeric = !blank && (PlainDecimal.TryParse(cell, PlainDecimal.SeparatorFor(numbers), out v) || double.TryParse(cell, CsvText.Style, numbers, out v));
        Store(row, blank, numeric, v);
    }

    /// <summary>Adds the cell of the next row, given as characters (ASCII text; see <see cref="CsvText.IsPlain"/>).</summary>
    public void Add(ReadOnlySpan<char> cell, IFormatProvider numbers)
    {
        if (IsLabel || IsBeatSymbol)
        {
            var bytes = cell.Length <= 256 ? stackalloc byte[256] : new byte[Encoding.UTF8.GetMaxByteCount(cell.Length)];
            var n = Encoding.UTF8.GetBytes(cell, bytes);
            Add(bytes[..n], numbers);
            return;
        }

        var row = Count++;
        double v = 0;
        var blank = CsvText.IsBlank(cell);
        var numeric = !blank && (PlainDecimal.TryParse(cell, PlainDecimal.SeparatorFor(numbers), out v) || double.TryParse(cell, CsvText.Style, numbers, out v));
        Store(row, blank, numeric, v);
    }

    /// <summary>Stores row <paramref name="row"/>'s value: NaN for an empty or non-numeric cell (counted), else the
    /// classified number.</summary>
    private void Store(int row, bool blank, bool numeric, double v)
    {
        if (row == _values.Length) Array.Resize(ref _values, _values.Length * 2);
        if (blank)
        {
            v = double.NaN;
            EmptyCount++;
            if (FirstEmptyRow < 0) FirstEmptyRow = row;
        }
        else if (!numeric)
        {
            v = double.NaN;
            if (FirstTextRow < 0) FirstTextRow = row;
        }
        else
        {
            v = Classify(v, row);
        }

        _values[row] = v;
    }

    /// <summary>Records the first NaN, infinity and non-positive row of a parsed number; an infinity becomes NaN.</summary>
    private double Classify(double v, int row)
    {
        if (double.IsNaN(v))
        {
            if (FirstNaNRow < 0) FirstNaNRow = row;
        }
        else if (double.IsInfinity(v))
        {
            v = double.NaN;
            if (FirstInfinityRow < 0) FirstInfinityRow = row;
        }
        else if (v <= 0 && FirstNonPositiveRow < 0)
        {
            FirstNonPositiveRow = row;
        }

        return v;
    }

    private void AddLabel(ReadOnlySpan<byte> cell, int row)
    {
        var previous = _previousLabel.AsSpan(0, _previousLabelLength);
        if (cell.SequenceEqual(previous)) return;
        if (!cell.IsEmpty) LabelChanges.Add((row, Encoding.UTF8.GetString(cell)));
        if (cell.Length > _previousLabel.Length) _previousLabel = new byte[cell.Length * 2];
        cell.CopyTo(_previousLabel);
        _previousLabelLength = cell.Length;
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && (s[start] == (byte)' ' || s[start] == (byte)'\t')) start++;
        while (end > start && (s[end - 1] == (byte)' ' || s[end - 1] == (byte)'\t')) end--;
        return s[start..end];
    }
}
