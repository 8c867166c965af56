using PartnerBot.Core.Answering;

namespace PartnerBot.Composition;

/// <summary>Where the corpus, the data folder and the configuration tables are.</summary>
/// <param name="CorpusFolder">Articles folder, or null for the default (./seeds, else the shipped seeds).</param>
/// <param name="DataFolder">Index and state folder, or null for ./data.</param>
/// <param name="ConfigFolder">Folder with companies.json and the language tables, or null for ./config (else the shipped copies).</param>
/// <param name="Answers">Answer tuning, or null for the defaults (the benchmark turns the answer cache off).</param>
public sealed record KnowledgeSettings(string? CorpusFolder, string? DataFolder, string? ConfigFolder = null, AnswerOptions? Answers = null)
{
    public string DataPath => DataFolder ?? "data";
}
