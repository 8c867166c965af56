using PartnerBot.Core.Facts;

namespace PartnerBot.Tests.FactOfTheDay;

public sealed class FactRulesTests
{
    [Fact]
    public void Apply_AddExcludePin_Applied()
    {
        using var knowledge = TestKnowledge.Create(4);
        var generated = knowledge.Facts.Facts;
        var rules = FactRules.Parse($$"""
            {
              "add": [{ "text": "Leeds City Region hosted 40 Chinese investors at MIPIM in 2023.", "title": "Operator note", "date": "2023-03-14", "source": "https://example.org/mipim", "pin": "2026-12-25" }],
              "exclude": ["{{generated[0].Key}}", "{{generated[1].Text.ToUpperInvariant()}}"],
              "pin": [{ "date": "2026-12-26", "text": "{{generated[2].Text}}" }]
            }
            """);

        var schedule = rules.Apply(generated);

        Assert.Equal(3, schedule.Facts.Count);
        Assert.DoesNotContain(schedule.Facts, f => f.Key == generated[0].Key || f.Key == generated[1].Key);
        var added = schedule.ForDate(new DateOnly(2026, 12, 25))!;
        Assert.Equal(("Operator note", new DateOnly(2023, 3, 14), "https://example.org/mipim"), (added.Article.Title, added.Article.Date, added.Article.Source));
        Assert.Equal(generated[2].Key, schedule.ForDate(new DateOnly(2026, 12, 26))!.Key);
        Assert.Equal(generated[2].Key, schedule.ForDestination(new DateOnly(2026, 12, 26), new HashSet<string> { generated[2].Key })!.Key);
    }

    [Fact]
    public void Load_Malformed_ErrorNamesFile()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "facts.json"), """{"add":[{"title":"no text"}]}""");

        var error = Assert.Throws<InvalidDataException>(() => FactRules.Load(folder.Path));

        Assert.Contains("facts.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"text\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoFile_None() => Assert.Same(FactRules.None, FactRules.Load(Path.GetTempPath()));

    [Fact]
    public void ForDate_SameDate_SameFact_DifferentScheduleInstances()
    {
        using var one = TestKnowledge.Create(6);
        using var two = TestKnowledge.Create(6);

        var a = Enumerable.Range(0, 30).Select(i => one.Facts.ForDate(new DateOnly(2026, 1, 1).AddDays(i))!.Key);
        var b = Enumerable.Range(0, 30).Select(i => two.Facts.ForDate(new DateOnly(2026, 1, 1).AddDays(i))!.Key);

        Assert.Equal(a, b);
    }

    [Fact]
    public void ForDestination_MidCycleJoiner_NoRepeatUntilAllPosted()
    {
        using var knowledge = TestKnowledge.Create(5);
        var schedule = knowledge.Facts;
        var posted = new List<string>();
        var start = new DateOnly(2026, 1, 3);

        for (var i = 0; i < 10; i++) posted.Add(schedule.ForDestination(start.AddDays(i), schedule.CurrentCycle(posted))!.Key);

        Assert.Equal(5, posted.Take(5).Distinct().Count());
        Assert.Equal(5, posted.Skip(5).Distinct().Count());
    }
}
