using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>Autocomplete choices (at most 25).</summary>
internal sealed class JsonAutocompleteData
{
    [JsonPropertyName("choices")] public List<JsonChoice> Choices { get; set; } = [];
}
