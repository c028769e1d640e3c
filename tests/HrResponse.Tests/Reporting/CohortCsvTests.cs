using System.Globalization;
using HrResponse.Exercise;
using HrResponse.Reporting;
using NUnit.Framework;

namespace HrResponse.Tests.Reporting;

public class CohortCsvTests
{
    private static readonly CohortCsvColumns Cleveland = new()
    {
        Rest = "heart_ra", Peak = "peak_hr", Hrr60 = "hrrecov", Age = "age", Sex = "gender", BetaBlocker = "betablok",
    };

    private static (string[] Header, List<string[]> Rows, CohortCsvSummary Summary) Run(string csv, CohortCsvColumns columns, CohortOptions? options = null)
    {
        var output = new StringWriter();
        var summary = CohortCsv.Process(new StringReader(csv), output, columns, options, "test.csv");
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return (lines[0].Split(','), lines.Skip(1).Select(l => l.Split(',')).ToList(), summary);
    }

    [Test]
    public void Process_Cleveland_EveryRowHasFoxIndexAndHrr60()
    {
        var text = File.ReadAllText(SharedData.Data("cleveland-hrr", "hrrecov.csv"));
        var (header, rows, summary) = Run(text, Cleveland, new CohortOptions { Equation = MaxHeartRateEquation.Fox });
        var inputHeader = text[..text.IndexOf('\n', StringComparison.Ordinal)].Split(',');
        Assert.That(summary.RowCount, Is.EqualTo(23701));
        Assert.That(rows, Has.Count.EqualTo(23701));
        Assert.That(header.Take(inputHeader.Length), Is.EqualTo(inputHeader));
        Assert.That(header.Skip(inputHeader.Length), Is.EqualTo(CohortResult.IndexNames));
        int Col(string n) => Array.IndexOf(header, n);
        int ci = Col("CHRONO_Index"), hrr = Col("HRR_60s"), abn = Col("HRR_60s_Abnormal"), lowrec = Col("lowrec");
        int hrrIn = Col("hrrecov"), nonFinite = 0, hrrDiffers = 0, flagDiffers = 0;
        foreach (var r in rows)
        {
            if (!double.IsFinite(D(r[ci]))) nonFinite++;
            if (D(r[hrr]) != D(r[hrrIn])) hrrDiffers++;

            // The dataset's own low-recovery flag is HRR ≤ 12 bpm (Cole 1999): ours must agree on every row.
            if (r[abn] != r[lowrec]) flagDiffers++;
        }

        Assert.That(nonFinite, Is.Zero, "rows without a chronotropic index");
        Assert.That(hrrDiffers, Is.Zero, "rows whose HRR_60s differs from hrrecov");
        Assert.That(flagDiffers, Is.Zero, "rows whose HRR_60s_Abnormal differs from lowrec");
    }

    [Test]
    public void Process_ClevelandFirstRows_MatchHandComputation()
    {
        var lines = File.ReadLines(SharedData.Data("cleveland-hrr", "hrrecov.csv")).Take(5);
        var (header, rows, _) = Run(string.Join('\n', lines), Cleveland);
        int Col(string n) => Array.IndexOf(header, n);

        // Row 1: rest 67, peak 120, age 73, HRR 29, beta-blocker. Fox 147; CI = 53/80; 120/147; cut-off 0.62.
        // Row 2: rest 49, peak 144, age 70, HRR 11, none.           Fox 150; CI = 95/101; HRR 11 ≤ 12.
        // Row 3: rest 55, peak 106, age 72, HRR 13, beta-blocker. Fox 148; CI = 51/93 ≤ 0.62.
        // Row 4: rest 68, peak 142, age 66, HRR 31, none.           Fox 154; CI = 74/86.
        var expected = new[]
        {
            (Pred: 147.0, Ci: 53.0 / 80, Pct: 100 * 120.0 / 147, Hrr: 29.0, Inc: "0", Below: "1", Abn: "0"),
            (Pred: 150.0, Ci: 95.0 / 101, Pct: 100 * 144.0 / 150, Hrr: 11.0, Inc: "0", Below: "0", Abn: "1"),
            (Pred: 148.0, Ci: 51.0 / 93, Pct: 100 * 106.0 / 148, Hrr: 13.0, Inc: "1", Below: "1", Abn: "0"),
            (Pred: 154.0, Ci: 74.0 / 86, Pct: 100 * 142.0 / 154, Hrr: 31.0, Inc: "0", Below: "0", Abn: "0"),
        };
        for (var i = 0; i < expected.Length; i++)
        {
            var r = rows[i];
            var e = expected[i];
            Assert.That(D(r[Col("CHRONO_PredictedMax")]), Is.EqualTo(e.Pred).Within(1e-9), $"row {i + 1}");
            Assert.That(D(r[Col("CHRONO_Index")]), Is.EqualTo(e.Ci).Within(1e-12), $"row {i + 1}");
            Assert.That(D(r[Col("CHRONO_PercentPredicted")]), Is.EqualTo(e.Pct).Within(1e-9), $"row {i + 1}");
            Assert.That(D(r[Col("HRR_60s")]), Is.EqualTo(e.Hrr), $"row {i + 1}");
            Assert.That(r[Col("CHRONO_Incompetent")], Is.EqualTo(e.Inc), $"row {i + 1}");
            Assert.That(r[Col("CHRONO_BelowPercentPredicted")], Is.EqualTo(e.Below), $"row {i + 1}");
            Assert.That(r[Col("HRR_60s_Abnormal")], Is.EqualTo(e.Abn), $"row {i + 1}");
            Assert.That(r[Col("HRR_120s")], Is.Empty, $"row {i + 1}: no 2-min column given");
        }
    }

    [Test]
    public void Process_HrColumnsAndSexText_Computed()
    {
        var csv = "id,rest,peak,hr1,hr2,age,sex\nA,60,170,150,130,40,female\nB,70,160,,,,m\n";
        var (header, rows, summary) = Run(csv, new CohortCsvColumns
        {
            Rest = "rest", Peak = "peak", Hr60 = "hr1", Hr120 = "hr2", Age = "age", Sex = "sex",
        }, new CohortOptions { Equation = MaxHeartRateEquation.Sydo });
        int Col(string n) => Array.IndexOf(header, n);
        Assert.That(D(rows[0][Col("CHRONO_PredictedMax")]), Is.EqualTo(210 - (0.79 * 40)).Within(1e-9));
        Assert.That(D(rows[0][Col("HRR_60s")]), Is.EqualTo(20));
        Assert.That(D(rows[0][Col("HRR_120s")]), Is.EqualTo(40));
        Assert.That(rows[1][Col("CHRONO_Index")], Is.Empty);
        Assert.That(rows[1][Col("HRR_60s")], Is.Empty);
        Assert.That(summary.RowsWithProblemsCount, Is.EqualTo(1));
        Assert.That(summary.ProblemCounts.Select(kv => kv.Key), Has.Some.StartsWith("age missing"));
    }

    [Test]
    public void Process_BadCell_ThrowsWithLineColumnAndText()
    {
        var csv = "rest,peak,age\n60,170,40\n60,abc,40\n";
        var ex = Assert.Throws<HrDataFormatException>(() => Run(csv, new CohortCsvColumns { Rest = "rest", Peak = "peak", Age = "age" }));
        Assert.That(ex!.Line, Is.EqualTo(3));
        Assert.That(ex.Column, Is.EqualTo("peak"));
        Assert.That(ex.OffendingText, Is.EqualTo("abc"));
        Assert.That(ex.Source, Is.EqualTo("test.csv"));
    }

    [Test]
    public void Process_MissingColumn_ThrowsNamingIt()
    {
        var ex = Assert.Throws<HrDataFormatException>(() =>
            Run("rest,peak\n60,170\n", new CohortCsvColumns { Rest = "rest", Peak = "peak", Age = "age_y" }));
        Assert.That(ex!.Message, Does.Contain("column 'age_y' not found"));
    }

    [Test]
    public void Process_BothHrAndHrrColumns_ThrowsArgumentException()
    {
        Assert.That(() => Run("a\n1\n", new CohortCsvColumns { Rest = "a", Peak = "a", Age = "a", Hr60 = "a", Hrr60 = "a" }),
            Throws.ArgumentException);
    }

    [Test]
    public void Process_Files_WritesOutputAtomically()
    {
        var dir = Path.Combine(Path.GetTempPath(), "hrresponse-cohort-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var input = Path.Combine(dir, "in.csv");
            var output = Path.Combine(dir, "out.csv");
            File.WriteAllText(input, "rest,peak,hrr,age\n60,170,30,40\n");
            var s = CohortCsv.Process(input, output, new CohortCsvColumns { Rest = "rest", Peak = "peak", Hrr60 = "hrr", Age = "age" });
            Assert.That(s.RowCount, Is.EqualTo(1));
            Assert.That(File.ReadAllText(output), Does.StartWith("rest,peak,hrr,age,CHRONO_PredictedMax"));
            Assert.That(Directory.GetFiles(dir), Has.Length.EqualTo(2));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [TestCase("rest;peak;hrr;age\n60,5;170;30,25;40\n", TestName = "Process_SemicolonDecimalComma_ReadsLikeCommaTable")]
    [TestCase("rest\tpeak\thrr\tage\n60,5\t170\t30,25\t40\n", TestName = "Process_TabDecimalComma_ReadsLikeCommaTable")]
    [TestCase("sep=;\nrest;peak;hrr;age\n60,5;170;30,25;40\n", TestName = "Process_ExcelSeparatorLine_ReadsLikeCommaTable")]
    public void Process_OtherSeparators_ReadLikeCommaTable(string table)
    {
        var columns = new CohortCsvColumns { Rest = "rest", Peak = "peak", Hrr60 = "hrr", Age = "age" };
        var (expectedHeader, expectedRows, _) = Run("rest,peak,hrr,age\n60.5,170,30.25,40\n", columns);
        var (header, rows, summary) = Run(table, columns);
        Assert.That(summary.RowCount, Is.EqualTo(1));
        Assert.That(header, Is.EqualTo(expectedHeader));
        // Counted from the end: the kept input cells of a decimal-comma table are quoted ("60,5") and split here.
        int FromEnd(string n) => header.Length - Array.IndexOf(header, n);
        foreach (var name in new[] { "CHRONO_Index", "HRR_60s", "CHRONO_PredictedMax" })
            Assert.That(D(rows[0][^FromEnd(name)]), Is.EqualTo(D(expectedRows[0][^FromEnd(name)])), name);
    }

    [Test]
    public void Process_DecimalCommaInCommaSeparatedTable_IsNotTakenAsNumber()
    {
        var columns = new CohortCsvColumns { Rest = "rest", Peak = "peak", Age = "age" };
        Assert.That(() => Run("rest,peak,age\n\"60,5\",170,40\n", columns),
            Throws.TypeOf<HrDataFormatException>().With.Message.Contains("not a number"));
    }

    private static double D(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
