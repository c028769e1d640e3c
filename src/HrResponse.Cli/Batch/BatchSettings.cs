namespace HrResponse.Cli.Batch;

/// <summary>Settings of one batch run.</summary>
internal sealed record BatchSettings
{
    public required string OutputPath { get; init; }

    public string? ErrorsPath { get; init; }

    public BatchOutputFormat Format { get; init; } = BatchOutputFormat.Csv;

    public int Jobs { get; init; } = Environment.ProcessorCount;

    public Shard Shard { get; init; } = Shard.All;

    public bool Resume { get; init; }

    /// <summary>
    /// The settings that decide the numbers (see <see cref="BatchSettingsRecord"/>), kept beside the results and
    /// compared on <c>--resume</c>; null to keep none.
    /// </summary>
    public string? SettingsText { get; init; }

    /// <summary>How often complete results are published to <see cref="OutputPath"/> during the run.</summary>
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromSeconds(30);
}
