using System.Text;
using System.Text.Json.Nodes;
using PartnerBot.Core.Answering;
using PartnerBot.Core.Conversation;

namespace PartnerBot.Teams.Cards;

/// <summary>Renders a <see cref="BotReply"/> as an Adaptive Card (version 1.5, the newest Teams renders).</summary>
/// <remarks>
/// Answer text and citations are escaped for Teams markdown, highlights are bold. When the serialized card is larger
/// than the budget, trailing citations are dropped first, then long texts are cut at a word with "…", so a
/// reply never hits Teams' message size limit (413 <c>MessageSizeTooBig</c>).
/// </remarks>
internal static class ReplyCardBuilder
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    private const int TextLimit = 4000;

    /// <param name="reply">The reply to render.</param>
    /// <param name="maxBytes">Budget for the serialized card (UTF-8).</param>
    /// <param name="interactive">False for cards users paste into messages (messaging extension): no submit buttons.</param>
    public static JsonObject Build(BotReply reply, int maxBytes, bool interactive = true)
    {
        var citations = reply.Citations.Count;
        var limit = TextLimit;
        while (true)
        {
            var card = Render(reply, citations, limit, interactive);
            if (Encoding.UTF8.GetByteCount(card.ToJsonString()) <= maxBytes || (citations == 0 && limit <= 100)) return card;
            if (citations > 1) citations--;
            else if (limit > 100) limit /= 2;
            else citations = 0;
        }
    }

    /// <summary>The plain-text version of a reply, for clients that cannot render cards and for notifications.</summary>
    public static string FallbackText(BotReply reply, int maxChars = 2000)
    {
        var sb = new StringBuilder();
        if (!string.IsNullOrEmpty(reply.Title)) sb.Append(reply.Title).Append('\n');
        sb.Append(reply.Text);
        for (var i = 0; i < reply.Citations.Count; i++)
        {
            sb.Append(i == 0 ? "\n\nSources:" : string.Empty).Append('\n').Append(i + 1).Append(". ").Append(CitationHeading(reply.Citations[i]));
        }
        return Truncate(sb.ToString(), maxChars);
    }

    public static string Truncate(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', Math.Max(0, max - 1), Math.Min(max, 40));
        return text[..(cut > 0 ? cut : max - 1)].TrimEnd() + "…";
    }

    private static JsonObject Render(BotReply reply, int citationCount, int textLimit, bool interactive)
    {
        var body = new JsonArray();
        if (!string.IsNullOrWhiteSpace(reply.Title))
        {
            body.Add(TextBlock(TeamsMarkdown.Escape(Truncate(reply.Title, 200)), size: "Medium", weight: "Bolder"));
        }
        if (!string.IsNullOrWhiteSpace(reply.Corrected))
        {
            body.Add(TextBlock(TeamsMarkdown.Escape(Truncate(reply.Corrected, 300)), subtle: true));
        }
        body.Add(TextBlock(TeamsMarkdown.Escape(Truncate(reply.Text, textLimit))));

        if (citationCount > 0)
        {
            var heading = TextBlock("Sources", weight: "Bolder");
            heading["separator"] = true;
            body.Add(heading);
            for (var i = 0; i < citationCount; i++) body.Add(CitationContainer(i + 1, reply.Citations[i], textLimit));
        }
        if (reply.Suggestions.Count > 0)
        {
            var hint = "Try: " + string.Join(" · ", reply.Suggestions.Take(5).Select(s => TeamsMarkdown.Escape(Truncate(s, 80))));
            body.Add(TextBlock(hint, subtle: true));
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["fallbackText"] = FallbackText(reply, Math.Min(2000, textLimit)),
            ["msteams"] = new JsonObject { ["width"] = "Full" },
            ["body"] = body,
        };
        var actions = Actions(reply, interactive);
        if (actions.Count > 0) card["actions"] = actions;
        return card;
    }

    private static JsonObject CitationContainer(int number, Citation citation, int textLimit)
    {
        var items = new JsonArray
        {
            TextBlock($"{number}\\. **{TeamsMarkdown.Escape(Truncate(citation.Title, 200))}**" + Details(citation)),
        };
        if (!string.IsNullOrWhiteSpace(citation.Snippet))
        {
            var snippet = citation.Snippet.Length > Math.Min(400, textLimit) ? Truncate(citation.Snippet, Math.Min(400, textLimit)) : citation.Snippet;
            var highlights = snippet.Length == citation.Snippet.Length ? citation.Highlights : [];
            var block = TextBlock(TeamsMarkdown.Highlight(snippet.ReplaceLineEndings(" "), highlights), subtle: true);
            block["spacing"] = "Small";
            items.Add(block);
        }
        if (IsWebUrl(citation.Url))
        {
            items.Add(new JsonObject
            {
                ["type"] = "ActionSet",
                ["actions"] = new JsonArray { OpenUrl("Open article", citation.Url!) },
            });
        }
        return new JsonObject { ["type"] = "Container", ["spacing"] = "Medium", ["items"] = items };
    }

    private static string Details(Citation citation)
    {
        var parts = new[] { citation.DateText, citation.Section }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => TeamsMarkdown.Escape(Truncate(p!, 120)));
        var joined = string.Join(", ", parts);
        return joined.Length == 0 ? string.Empty : " — " + joined;
    }

    private static string CitationHeading(Citation citation)
    {
        var details = string.Join(", ", new[] { citation.DateText, citation.Section }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return details.Length == 0 ? citation.Title : citation.Title + " — " + details;
    }

    private static JsonArray Actions(BotReply reply, bool interactive)
    {
        var actions = new JsonArray();
        foreach (var button in reply.Buttons)
        {
            if (button.Action == ButtonAction.OpenUrl)
            {
                if (IsWebUrl(button.Payload)) actions.Add(OpenUrl(Truncate(button.Label, 40), button.Payload));
            }
            else if (interactive)
            {
                actions.Add(new JsonObject
                {
                    ["type"] = "Action.Submit",
                    ["title"] = Truncate(button.Label, 40),
                    ["data"] = CardActionData.Create(button.Action, button.Payload),
                });
            }
        }
        return actions;
    }

    private static JsonObject OpenUrl(string title, string url) => new()
    {
        ["type"] = "Action.OpenUrl",
        ["title"] = title,
        ["url"] = url,
    };

    private static JsonObject TextBlock(string text, string? size = null, string? weight = null, bool subtle = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (size is not null) block["size"] = size;
        if (weight is not null) block["weight"] = weight;
        if (subtle) block["isSubtle"] = true;
        return block;
    }

    private static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
