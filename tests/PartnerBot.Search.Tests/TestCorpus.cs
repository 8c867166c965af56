using PartnerBot.Core.Articles;

namespace PartnerBot.Search.Tests;

/// <summary>Builds small corpora in memory: one article per entry, one passage per paragraph.</summary>
internal static class TestCorpus
{
    public static Corpus Create(string hash, params (string Title, string? Section, string[] Paragraphs)[] articles)
    {
        var list = new List<Article>();
        var passages = new List<Passage>();
        foreach (var (title, section, paragraphs) in articles)
        {
            var article = new Article($"a{list.Count}", title, null, null, null, $"a{list.Count}.txt");
            list.Add(article);
            var offset = 0;
            for (var i = 0; i < paragraphs.Length; i++)
            {
                passages.Add(new Passage(passages.Count, article, i, section, paragraphs[i], offset, paragraphs[i].Length));
                offset += paragraphs[i].Length + 2;
            }
        }
        return new Corpus(list, passages, [], hash);
    }

    /// <summary>A few partnership-style articles; passage ids are noted where tests rely on them.</summary>
    public static Corpus Partnerships(string hash = "partnerships-v1") => Create(
        hash,
        ("Geely expands in Leeds", "Zhejiang Geely Holding Group",
        [
            // 0
            "The carmaker employs 300 engineers at its new research centre in Leeds.",
            // 1
            "Geely was valued at eight billion pounds after the deal with the city council.",
            // 2
            "Officials from Hangzhou visited the site in March.",
        ]),
        ("Alibaba cloud office opens", "Alicloud",
        [
            // 3
            "Alibaba opened a cloud computing office near the station, hiring local staff.",
            // 4
            "The café in the Crème Brûlée building hosted the opening ceremony.",
            // 5
            "Employment in the region grew by two percent last year.",
        ]),
        ("Haier and Leeds University", null,
        [
            // 6
            "Haier signed a research partnership with Leeds University on smart appliances.",
            // 7
            "The partnership funds ten PhD students every year.",
            // 8
            "阿里巴巴 and 海尔 were both named in the delegation's report.",
        ]));
}
