using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>Interaction callback body for message responses (types 4 and 5).</summary>
internal sealed class JsonInteractionResponse
{
    [JsonPropertyName("type")] public int Type { get; set; }
    [JsonPropertyName("data")] public JsonMessageCreate? Data { get; set; }
}

/// <summary>Interaction callback body for autocomplete results (type 8).</summary>
internal sealed class JsonAutocompleteResponse
{
    [JsonPropertyName("type")] public int Type { get; set; } = 8;
    [JsonPropertyName("data")] public JsonAutocompleteData Data { get; set; } = new();
}

/// <summary>Autocomplete choices (at most 25).</summary>
internal sealed class JsonAutocompleteData
{
    [JsonPropertyName("choices")] public List<JsonChoice> Choices { get; set; } = [];
}

/// <summary>A choice: name and string value, each 1–100 characters.</summary>
internal sealed class JsonChoice
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("value")] public string Value { get; set; } = "";
}
