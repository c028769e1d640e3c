using System.Diagnostics;
using System.Globalization;
using HrResponse.Cli;
using HrResponse.Cli.Output;
using NUnit.Framework;

namespace HrResponse.Tests.Cli;

/// <summary>Issue 15, data loss: outputs never replace an input, a special file or each other; temporary files are private.</summary>
public class OutputSafetyTests
{
    private string _dir = string.Empty;
    private string _input = string.Empty;
    private string _inputText = string.Empty;

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "hrresponse-outputs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        var rng = new Random(3);
        _inputText = "rr_ms\n" + string.Join('\n', Enumerable.Range(0, 300).Select(_ => (800 + rng.Next(-40, 40)).ToString(CultureInfo.InvariantCulture))) + "\n";
        _input = Path.Combine(_dir, "in.csv");
        File.WriteAllText(_input, _inputText);
    }

    [TearDown]
    public void TearDown()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private void AssertRefusedAndInputKept((int ExitCode, string Out, string Error) run, string fragment)
    {
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.OutputError), run.Error);
        Assert.That(run.Error, Does.Contain(fragment));
        Assert.That(File.ReadAllText(_input), Is.EqualTo(_inputText), "the input is untouched");
        Assert.That(Directory.GetFiles(_dir, ".hrresponse-*"), Is.Empty, "no temporary file left");
    }

    [TestCase("hrv")]
    [TestCase("analyze")]
    [TestCase("clean")]
    [TestCase("report")]
    [TestCase("peaks")]
    public void Command_OutputIsTheInput_RefusedWithExit5(string command) =>
        AssertRefusedAndInputKept(CliRunner.Run(command, _input, "-o", _input), "refusing to overwrite an input");

    [Test]
    public void Cohort_OutputIsTheInput_RefusedWithExit5() =>
        AssertRefusedAndInputKept(
            CliRunner.Run("cohort", _input, "--rest", "rest", "--peak", "peak", "--age", "age", "-o", Path.Combine(_dir, ".", "in.csv")),
            "refusing to overwrite an input");

    [TestCase("tachogram.png")]
    [TestCase("tachogram.svg", "--format", "svg")]
    public void Plot_ChartWouldReplaceTheInput_RefusedWithExit5(string name, params string[] format)
    {
        var input = Path.Combine(_dir, name);
        File.Move(_input, input);
        var run = CliRunner.Run(["plot", input, "--out", _dir, .. format]);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.OutputError), run.Error);
        Assert.That(File.ReadAllText(input), Is.EqualTo(_inputText));
        Assert.That(Directory.GetFiles(_dir), Is.EqualTo(new[] { input }), "nothing written at all");
    }

    [Test]
    public void Hrv_OutputIsASymbolicLinkToTheInput_Refused()
    {
        var link = Path.Combine(_dir, "link.csv");
        File.CreateSymbolicLink(link, _input);
        AssertRefusedAndInputKept(CliRunner.Run("hrv", _input, "-o", link), "refusing to overwrite an input");
    }

    [Test]
    public void Hrv_OutputIsAHardLinkToTheInput_Refused()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("hard-link identity is read with Linux statx");
        var link = Path.Combine(_dir, "hard.csv");
        using (var ln = Process.Start(new ProcessStartInfo("ln", [_input, link]) { UseShellExecute = false })!) ln.WaitForExit();
        Assert.That(File.Exists(link));
        AssertRefusedAndInputKept(CliRunner.Run("hrv", _input, "-o", link), "refusing to overwrite an input");
    }

    [Test]
    public void Peaks_OutputAndPlotSameFile_Refused()
    {
        var target = Path.Combine(_dir, "e.csv");
        var run = CliRunner.Run("peaks", _input, "-o", target, "--plot", target);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.OutputError), run.Error);
        Assert.That(run.Error, Does.Contain("are the same file"));
        Assert.That(File.Exists(target), Is.False);
    }

    [Test]
    public void Peaks_InputAsOutputAndPlot_Refused() =>
        AssertRefusedAndInputKept(CliRunner.Run("peaks", _input, "-o", _input, "--plot", _input), "refusing to overwrite an input");

    [Test]
    public void Hrv_OutputOntoAFifo_RefusedAndFifoKept()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("mkfifo is run on Linux only");
        var fifo = Path.Combine(_dir, "pipe");
        using (var mk = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!) mk.WaitForExit();
        var run = CliRunner.Run("hrv", _input, "-o", fifo);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.OutputError), run.Error);
        Assert.That(run.Error, Does.Contain("not a regular file").And.Contain("Use - for standard output"));
        Assert.That(FileIdentity.KindOf(fifo), Is.EqualTo(FileIdentity.Kind.Special), "still a FIFO");
    }

    [Test]
    public void Hrv_OutputOntoACharacterDevice_Refused()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("/dev/null is checked on Linux");
        var run = CliRunner.Run("hrv", _input, "-o", "/dev/null");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.OutputError), run.Error);
        Assert.That(run.Error, Does.Contain("/dev/null is not a regular file"));
        Assert.That(FileIdentity.KindOf("/dev/null"), Is.EqualTo(FileIdentity.Kind.Special));
    }

    [Test]
    public void Hrv_OutputIsADirectory_SaysSo()
    {
        var run = CliRunner.Run("hrv", _input, "-o", _dir);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.OutputError));
        Assert.That(run.Error, Does.Contain("is a directory"));
    }

    [Test]
    public void Hrv_DashOutput_WritesStandardOutput()
    {
        var run = CliRunner.Run("hrv", _input, "--format", "csv", "-o", "-");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Out, Does.StartWith("file,"));
        Assert.That(File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "-")), Is.False);
    }

    [Test]
    public void Hrv_DirectoryAsFile_SaysItIsADirectory()
    {
        var run = CliRunner.Run("hrv", _dir);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(run.Error, Does.Contain("is a directory, not a file").And.Not.Contain("not found"));
    }

    [Test]
    public void Peaks_DirectoryAsFile_SaysItIsADirectory()
    {
        var run = CliRunner.Run("peaks", _dir);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(run.Error, Does.Contain("is a directory, not a file"));
    }

    [Test]
    public void Hrv_EmptyFileArgument_UsageErrorInOwnWords()
    {
        var run = CliRunner.Run("hrv", "");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(run.Error, Does.Contain("FILE is empty").And.Not.Contain("Parameter"));
    }

    [Test]
    public void AtomicFile_WriteFails_TemporaryFileRemovedAndMessageNamesTheTarget()
    {
        var target = Path.Combine(_dir, "out.csv");
        File.WriteAllText(target, "previous");
        var ex = Assert.Throws<CliException>(() => AtomicFile.Write(target, stream =>
        {
            stream.WriteByte(1);
            throw new IOException($"No space left on device : '{((FileStream)stream).Name}'");
        }))!;
        Assert.That(ex.ExitCode, Is.EqualTo(ExitCodes.OutputError));
        Assert.That(ex.Message, Does.Contain(target).And.Not.Contain(".hrresponse-"));
        Assert.That(File.ReadAllText(target), Is.EqualTo("previous"), "the previous file stays whole");
        Assert.That(Directory.GetFiles(_dir, ".hrresponse-*"), Is.Empty);
    }

    [Test]
    public void AtomicFile_TemporaryNames_UnpredictableAndExclusive()
    {
        var target = Path.Combine(_dir, "out.csv");
        using var a = AtomicFile.CreateTemp(target, out var first);
        using var b = AtomicFile.CreateTemp(target, out var second);
        Assert.That(first, Is.Not.EqualTo(second));
        // .hrresponse-PID-HEX24.tmp: the PID lets a later run recognise a killed run's leftover; 96 random bits make it unpredictable.
        var name = Path.GetFileName(first);
        Assert.That(name, Does.Not.Contain("out.csv").And.Match(@"^\.hrresponse-\d+-[0-9a-f]{24}\.tmp$"));
        Assert.That(name[^28..^4], Is.Not.EqualTo(Path.GetFileName(second)[^28..^4]));
        Assert.That(Path.GetDirectoryName(first), Is.EqualTo(_dir));
    }

    [Test]
    public void AtomicFile_TargetIsASymbolicLink_LinkReplacedNotFollowed()
    {
        var victim = Path.Combine(_dir, "victim.txt");
        File.WriteAllText(victim, "keep");
        var target = Path.Combine(_dir, "out.csv");
        File.CreateSymbolicLink(target, victim);
        AtomicFile.WriteAllText(target, "new");
        Assert.That(File.ReadAllText(victim), Is.EqualTo("keep"));
        Assert.That(File.ReadAllText(target), Is.EqualTo("new"));
        Assert.That(new FileInfo(target).LinkTarget, Is.Null);
    }

    [Test]
    public void Hrv_OutputInAFolderThatIsAFile_Exit5WithoutTemporaryName()
    {
        var run = CliRunner.Run("hrv", _input, "-o", Path.Combine(_input, "out.json"));
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.OutputError), run.Error);
        Assert.That(run.Error, Does.Contain("cannot write").And.Not.Contain(".hrresponse-"));
    }

    [Test]
    public void Plot_OutIsAFile_SaysItIsNotAFolder()
    {
        var run = CliRunner.Run("plot", _input, "--out", _input);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.OutputError), run.Error);
        Assert.That(run.Error, Does.Contain("is a file, not a folder"));
        Assert.That(File.ReadAllText(_input), Is.EqualTo(_inputText));
    }

    [Test]
    public void Batch_SubjectsIsADirectory_SaysSo()
    {
        var run = CliRunner.Run("batch", _input, "--out", Path.Combine(_dir, "r.csv"), "--subjects", _dir);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InputError), run.Error);
        Assert.That(run.Error, Does.Contain("is a directory, not a file"));
    }

    [Test]
    public void Batch_OutIsTheSubjectsFile_Refused()
    {
        var subjects = Path.Combine(_dir, "subjects.csv");
        File.WriteAllText(subjects, "file,age\nin.csv,40\n");
        var run = CliRunner.Run("batch", _input, "--out", subjects, "--subjects", subjects);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.OutputError), run.Error);
        Assert.That(File.ReadAllText(subjects), Is.EqualTo("file,age\nin.csv,40\n"));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Output_IsTheSignalFileOfAWfdbRecordInput_Refused(bool batch)
    {
        var header = Path.Combine(_dir, "rec.hea");
        var signal = Path.Combine(_dir, "rec.dat");
        File.WriteAllText(header, "rec 1 360 1000\nrec.dat 212 200 11 1024 0 0 0 MLII\n");
        File.WriteAllBytes(signal, [1, 2, 3]);
        var run = batch
            ? CliRunner.Run("batch", _dir, "--out", signal, "--allow-failures")
            : CliRunner.Run("hrv", header, "-o", signal);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.OutputError), run.Error);
        Assert.That(File.ReadAllBytes(signal), Is.EqualTo(new byte[] { 1, 2, 3 }));
    }

    [Test]
    public void Peaks_SamplingRateTooLow_MessageWithoutRuntimeParameterText()
    {
        var run = CliRunner.Run("peaks", _input, "--fs", "0.001");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InputError), run.Error);
        Assert.That(run.Error, Does.Contain("50 Hz").And.Not.Contain("(Parameter").And.Not.Contain("Actual value was"));
    }

    [Test]
    public void Hrv_MissingInputNamedAsOutputToo_SaysNotFound()
    {
        var missing = Path.Combine(_dir, "missing.csv");
        var run = CliRunner.Run("hrv", missing, "-o", missing);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InputError), run.Error);
        Assert.That(run.Error, Does.Contain("file not found"));
        Assert.That(File.Exists(missing), Is.False);
    }

    [Test]
    public void Report_LibraryArgumentException_IsAnInternalErrorNotAUsageError()
    {
        using var stderr = new StringWriter();
        var code = CliApp.Report(new ArgumentOutOfRangeException("options", 5.0, "Must be in [10, 3600]."), stderr);
        Assert.That(code, Is.EqualTo(ExitCodes.InternalError));
        Assert.That(stderr.ToString(), Does.StartWith("internal error (ArgumentOutOfRangeException)"));
    }

    [Test]
    public void Report_ExitCodesByKind()
    {
        Assert.That(CliApp.Report(new CliException("x", ExitCodes.OutputError), TextWriter.Null), Is.EqualTo(ExitCodes.OutputError));
        Assert.That(CliApp.Report(new CliException("x"), TextWriter.Null), Is.EqualTo(ExitCodes.UsageError));
        Assert.That(CliApp.Report(new FileNotFoundException("x"), TextWriter.Null), Is.EqualTo(ExitCodes.InputError));
        Assert.That(CliApp.Report(new InvalidOperationException("x"), TextWriter.Null), Is.EqualTo(ExitCodes.InternalError));
    }
}
