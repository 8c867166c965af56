using System.Security.Cryptography;
using System.Text;
using PartnerBot.Core.Articles;

namespace PartnerBot.Core.Tests.Articles;

/// <summary>
/// Stored indexes are rebuilt only when the corpus hash changes, and the hash includes
/// <see cref="ArticleReader.RulesVersion"/>. This test notices when the reading rules change what a fixed sample
/// reads as, so the version is bumped with them.
/// </summary>
public sealed class RulesVersionTests
{
    private const int ExpectedVersion = 1;
    private const string ExpectedFingerprint = "1b0f3e63a74306d4";

    private const string Sample = """
        Return to site

        A Sample Title For The Rules

        image missing

        Wednesday, 11 March 2020

        LEEDS, 3 May 2021 — Mr. Smith met Dr. Jones in the U.S. to sign a 3.4 billion deal. “It is great.” Done.

        A heading line


        Body under the heading, e.g. this one.
          • first item
          • second item without stop

        The delegation met:


        Gap paragraph.

        Leave a Reply

        Your email address will not be published.
        """;

    [Fact]
    public void RulesVersion_ReadingOfSampleUnchanged_OrVersionBumped()
    {
        var parsed = ArticleReader.Read("sample.txt", Sample);
        var rendering = new StringBuilder()
            .AppendLine($"{parsed.Article.Title}|{parsed.Article.Date:yyyy-MM-dd}|{parsed.Article.Place}");
        foreach (var p in parsed.Passages) rendering.AppendLine($"{p.Position}|{p.Section}|{p.Start}|{p.Length}|{p.Text}");
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(rendering.ToString())))[..16];

        Assert.True(
            (ArticleReader.RulesVersion, fingerprint) == (ExpectedVersion, ExpectedFingerprint),
            $"The reading rules now read the sample differently (fingerprint {fingerprint}). Bump ArticleReader.RulesVersion " +
            $"so stored indexes are rebuilt, then set ExpectedVersion and ExpectedFingerprint here.\n{rendering}");
    }
}
