using PartnerBot.Core.Answering;
using PartnerBot.Core.Conversation;
using PartnerBot.Discord.JsonModels;

namespace PartnerBot.Discord.Rendering;

/// <summary>
/// Turns a <see cref="BotReply"/> into a Discord message: one embed (answer, numbered citations with bold
/// matches, suggestions), buttons, and always <c>allowed_mentions: {"parse":[]}</c>. Every limit is kept.
/// </summary>
internal static class ReplyRenderer
{
    private const int EphemeralFlag = 1 << 6;

    /// <summary>Renders <paramref name="reply"/>; <paramref name="forInteraction"/> allows the ephemeral flag.</summary>
    public static JsonMessageCreate Render(BotReply reply, bool forInteraction)
    {
        var embed = new JsonEmbed
        {
            Title = string.IsNullOrWhiteSpace(reply.Title) ? null : MarkdownText.Fit(reply.Title, DiscordLimits.EmbedTitle),
            Color = ColorOf(reply.Kind),
            Description = Description(reply, DiscordLimits.EmbedDescription),
        };
        var fields = new List<JsonEmbedField>();
        for (var i = 0; i < reply.Citations.Count && fields.Count < DiscordLimits.Fields - 1; i++)
            fields.Add(CitationField(i + 1, reply.Citations[i]));
        if (reply.Suggestions.Count > 0)
        {
            var text = string.Join("\n", reply.Suggestions.Select(s => "• " + MarkdownText.Fit(s, 200)));
            fields.Add(new JsonEmbedField { Name = "You could ask", Value = Clip(text, DiscordLimits.FieldValue) });
        }
        embed.Fields = fields.Count == 0 ? null : fields;
        FitTotal(embed, reply);
        return new JsonMessageCreate
        {
            Embeds = [embed],
            AllowedMentions = new JsonAllowedMentions(),
            Components = Buttons(reply.Buttons),
            Flags = forInteraction && reply.Ephemeral ? EphemeralFlag : null,
        };
    }

    /// <summary>A plain-text message (notices) with escaping and the 2000-character limit.</summary>
    public static JsonMessageCreate Notice(string text, bool ephemeral) => new()
    {
        Content = MarkdownText.Fit(text, DiscordLimits.Content),
        AllowedMentions = new JsonAllowedMentions(),
        Flags = ephemeral ? EphemeralFlag : null,
    };

    /// <summary>"1. Title — 11 March 2020, Section" with the snippet (matches in bold) as the value.</summary>
    internal static JsonEmbedField CitationField(int number, Citation citation)
    {
        var heading = citation.Title;
        var details = string.Join(", ", new[] { citation.DateText, citation.Section ?? "" }.Where(s => s.Length > 0));
        if (details.Length > 0) heading += " — " + details;
        var prefix = number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ". ";
        var snippet = citation.Snippet.Trim().Length == 0 ? "(no excerpt)" : citation.Snippet;
        return new JsonEmbedField
        {
            Name = prefix + MarkdownText.Fit(heading, DiscordLimits.FieldName - prefix.Length),
            Value = MarkdownText.Fit(snippet, citation.Snippet.Trim().Length == 0 ? [] : AdjustForTrim(citation), DiscordLimits.FieldValue),
        };
    }

    private static IReadOnlyList<Highlight> AdjustForTrim(Citation citation)
    {
        // Fit trims the text; shift highlights by the leading whitespace removed.
        var lead = citation.Snippet.Length - citation.Snippet.TrimStart().Length;
        return lead == 0 ? citation.Highlights : citation.Highlights.Select(h => h with { Start = h.Start - lead }).ToList();
    }

    private static string Description(BotReply reply, int limit)
    {
        var corrected = string.IsNullOrWhiteSpace(reply.Corrected) ? "" : "\n\n*" + MarkdownText.Fit(reply.Corrected, 300) + "*";
        var text = MarkdownText.Fit(reply.Text.Length == 0 ? " " : reply.Text, limit - corrected.Length);
        return text + corrected;
    }

    /// <summary>Keeps the sum of title, description, field names/values and footer within 6000: drop trailing fields, then shorten the description.</summary>
    private static void FitTotal(JsonEmbed embed, BotReply reply)
    {
        int Total() => (embed.Title?.Length ?? 0) + (embed.Description?.Length ?? 0) + (embed.Footer?.Text.Length ?? 0)
            + (embed.Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);
        while (Total() > DiscordLimits.EmbedTotal && embed.Fields is { Count: > 1 })
        {
            embed.Fields.RemoveAt(embed.Fields.Count - 1);
            embed.Footer = new JsonEmbedFooter { Text = "Some sources were left out to fit Discord's limits." };
        }
        var over = Total() - DiscordLimits.EmbedTotal;
        if (over > 0) embed.Description = Description(reply, Math.Max(1, embed.Description!.Length - over));
    }

    private static List<JsonComponent>? Buttons(IReadOnlyList<ReplyButton> buttons)
    {
        var components = new List<JsonComponent>();
        foreach (var button in buttons)
        {
            JsonComponent? component = button.Action == ButtonAction.OpenUrl
                ? Uri.TryCreate(button.Payload, UriKind.Absolute, out var url) && url.Scheme is "https" or "http" && button.Payload.Length <= DiscordLimits.ButtonUrl
                    ? new JsonComponent { Type = 2, Style = 5, Label = Clip(button.Label, DiscordLimits.ButtonLabel), Url = button.Payload }
                    : null
                : CustomIds.For(button.Action, button.Payload) is { } id
                    ? new JsonComponent { Type = 2, Style = button.Action == ButtonAction.MoreSources ? 1 : 2, Label = Clip(button.Label, DiscordLimits.ButtonLabel), CustomId = id }
                    : null;
            if (component is not null) components.Add(component);
        }
        if (components.Count == 0) return null;
        return components.Chunk(DiscordLimits.ButtonsPerRow).Take(DiscordLimits.Rows)
            .Select(row => new JsonComponent { Type = 1, Components = [.. row] }).ToList();
    }

    private static string Clip(string text, int limit) => text.Length <= limit ? text : text[..(limit - 1)].TrimEnd() + "…";

    private static int ColorOf(ReplyKind kind) => kind switch
    {
        ReplyKind.Answer or ReplyKind.Company => 0x2E86C1,
        ReplyKind.Fact => 0x28B463,
        ReplyKind.NotCovered or ReplyKind.CompanyNotFound => 0xB2BABB,
        ReplyKind.Error => 0xC0392B,
        _ => 0x5D6D7E,
    };
}
