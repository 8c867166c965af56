using PartnerBot.Composition;
using PartnerBot.Core;
using PartnerBot.TestSupport;

namespace PartnerBot.Tests.Answering;

/// <summary>The seed articles over the real SQLite index (in memory), built once per test run and shared read-only.</summary>
internal static class SeedIndex
{
    private static readonly Lazy<KnowledgeBase> s_knowledge = new(() =>
        KnowledgeLoader.Load(new KnowledgeSettings(RepoPaths.Seeds, ":memory:", RepoPaths.Config), logger: null));

    public static KnowledgeBase Knowledge => s_knowledge.Value;
}
