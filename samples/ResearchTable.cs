// ResearchTable: a researcher's folder of exercise tests becomes one CSV table, one row per test, with the library's
// one-call pipeline (RecordingAnalysis.Compute: beat correction -> HRV per phase -> exercise test, each computed once).
//
//   dotnet run samples/ResearchTable.cs -- <folder> [table.csv] [subjects.csv]
//   dotnet run samples/ResearchTable.cs -- ../shared/data/actes actes-table.csv
//
// Every *.csv in the folder except the subjects table is a test, or several: a long-format table (one test per value
// of an id column, the time restarting at each, as doremi's cardio.csv) gives one row per test, named FILE#COLUMN=VALUE
// (LongFormatCsvTable reads it once). The subjects table (default <folder>/subjects.csv) has a column "file" (the file
// name or that row name) and an age column ("age_y", "age_years" or "age"); without an age the chronotropic indices are
// NaN (empty cells) and the table says why in its "problems" column. Numbers are written in full precision with an
// invariant culture; an index that could not be computed is an empty cell.
#:project ../src/HrResponse/HrResponse.csproj

using System.Globalization;
using HrResponse;
using HrResponse.Io;

if (args.Length is < 1 or > 3)
{
    Console.Error.WriteLine("usage: dotnet run samples/ResearchTable.cs -- <folder> [table.csv] [subjects.csv]");
    return 2;
}

var folder = args[0];
var tablePath = args.Length > 1 ? args[1] : "research-table.csv";
var subjectsPath = args.Length > 2 ? args[2] : Path.Combine(folder, "subjects.csv");
var ages = File.Exists(subjectsPath) ? ReadAges(subjectsPath) : new Dictionary<string, double>();

// The columns of the table: names of the library's index table (the same names as the CLI's CSV and JSON output).
string[] columns =
[
    "HR_Rest", "HR_Peak", "PHASE_ExerciseDuration",                                    // heart rate and phases
    "CHRONO_PredictedMax", "CHRONO_PercentPredicted", "CHRONO_Index",                 // chronotropic response
    "HRR_60s", "HRR_120s", "HRR_Tau",                                                 // heart-rate recovery
    "CHRONO_Incompetent", "CHRONO_BelowPercentPredicted", "HRR_60s_Abnormal",         // flags: 1, 0 or empty
    "HRV_MeanNN_Rest", "HRV_RMSSD_Rest", "HRV_SDNN_Rest",                             // HRV of each phase
    "HRV_MeanNN_Exercise", "HRV_RMSSD_Exercise", "HRV_SDNN_Exercise",
    "HRV_MeanNN_Recovery", "HRV_RMSSD_Recovery", "HRV_SDNN_Recovery",
    "QUALITY_ArtifactPercent", "QUALITY_CorrectedPercent",                            // beat quality
];

// The exercise test with its per-phase HRV is what this table needs; whole-recording HRV is skipped.
var options = RecordingAnalysisOptions.Default with { Parts = AnalysisParts.Exercise };
var inv = CultureInfo.InvariantCulture;
using var table = new StreamWriter(tablePath);
table.WriteLine(string.Join(',', ["file", "age_y", .. columns, "problems"]));

var tests = Directory.GetFiles(folder, "*.csv")
    .Where(f => !Path.GetFullPath(f).Equals(Path.GetFullPath(subjectsPath), StringComparison.Ordinal))
    .Order(StringComparer.Ordinal)
    .ToList();
var rowCount = 0;
foreach (var path in tests)
{
    var file = Path.GetFileName(path);
    try
    {
        Row(file, RecordingReader.Open(path).Recording);
    }
    catch (HrDataFormatException ex) when (ex.RecordingIdColumn is { } idColumn)
    {
        // Several tests one after another, told apart by idColumn: one row per test.
        var longTable = LongFormatCsvTable.Read(path, idColumn);
        foreach (var id in longTable.RecordingIds)
        {
            var name = $"{file}#{idColumn}={id}";
            try
            {
                Row(name, longTable.Open(id).Recording);
            }
            catch (HrDataFormatException inner)
            {
                Unreadable(name, inner);
            }
        }
    }
    catch (HrDataFormatException ex)
    {
        Unreadable(file, ex);
    }
}

Console.WriteLine($"{rowCount} tests -> {tablePath}");
return 0;

// One test's row: the pipeline on the recording with the subject's age.
void Row(string name, Recording recording)
{
    var age = ages.TryGetValue(name, out var a) ? a : (double?)null;
    var result = RecordingAnalysis.Compute(recording.WithSubject(new SubjectInfo { AgeYears = age }), options);
    var indices = result.ToIndexTable();
    var problems = string.Join("; ", result.Problems.Select(p => $"{p.Code}: {p.Message}"));
    table.WriteLine(string.Join(',', [Quote(name), Number(age), .. columns.Select(c => Number(indices.GetValueOrDefault(c, double.NaN))), Quote(problems)]));
    Console.WriteLine(string.Create(inv,
        $"{name}: peak HR {indices["HR_Peak"]:0} bpm, chronotropic index {indices["CHRONO_Index"]:0.00}, HRR60 {indices["HRR_60s"]:0} bpm, {result.Problems.Count} problem(s)"));
    rowCount++;
}

// A test that cannot be read is a row with its error, never the end of the table.
void Unreadable(string name, HrDataFormatException ex)
{
    var age = ages.TryGetValue(name, out var a) ? a : (double?)null;
    table.WriteLine(string.Join(',', [Quote(name), Number(age), .. columns.Select(_ => string.Empty), Quote("unreadable: " + ex.Message)]));
    Console.Error.WriteLine($"{name}: {ex.Message}");
    rowCount++;
}

// "file" and the age column of a subjects table, by header name.
static Dictionary<string, double> ReadAges(string path)
{
    var rows = File.ReadLines(path).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();
    var header = rows[0].Select(h => h.Trim().ToLowerInvariant()).ToList();
    var fileColumn = header.IndexOf("file");
    var ageColumn = header.FindIndex(h => h is "age_y" or "age_years" or "age");
    if (fileColumn < 0 || ageColumn < 0)
        throw new InvalidDataException($"{path}: a subjects table needs a 'file' column and an 'age_y' (or 'age') column.");
    return rows.Skip(1).ToDictionary(r => r[fileColumn].Trim(), r => double.Parse(r[ageColumn], CultureInfo.InvariantCulture));
}

static string Number(double? value) =>
    value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

static string Quote(string text) =>
    text.IndexOfAny([',', '"', '\n', '\r']) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
