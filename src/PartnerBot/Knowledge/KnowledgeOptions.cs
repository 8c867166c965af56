namespace PartnerBot.Knowledge;

/// <summary>Where the articles, configuration tables and index live, and how changes are picked up (section <c>Knowledge</c>).</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>Articles folder; empty means ./seeds, else the seeds shipped with the program. <c>--corpus</c> sets it.</summary>
    public string? CorpusFolder { get; set; }

    /// <summary>Index and state folder (default ./data; <c>:memory:</c> for a throw-away index). <c>--data</c> sets it.</summary>
    public string? DataFolder { get; set; }

    /// <summary>Folder with companies.json and the language tables; empty means ./config, else the shipped copies.</summary>
    public string? ConfigFolder { get; set; }

    /// <summary>Rebuild the index when files in the corpus or config folder change.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>Quiet time after the last change before rebuilding, so a copy of many files rebuilds once.</summary>
    public int ReloadDebounceMilliseconds { get; set; } = 1000;

    /// <summary>Answers remembered per corpus snapshot so repeated questions are answered at once; 0 turns the cache off.</summary>
    public int AnswerCacheSize { get; set; } = 1024;

    /// <summary>How long a replaced snapshot stays open for questions that were still using it.</summary>
    public int RetireAfterSeconds { get; set; } = 30;
}
