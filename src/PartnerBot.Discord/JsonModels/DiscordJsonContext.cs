using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>Source-generated serializers for every wire DTO.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonGatewayPayload))]
[JsonSerializable(typeof(JsonHello))]
[JsonSerializable(typeof(JsonIdentify))]
[JsonSerializable(typeof(JsonResume))]
[JsonSerializable(typeof(JsonReady))]
[JsonSerializable(typeof(JsonInteraction))]
[JsonSerializable(typeof(JsonMessage))]
[JsonSerializable(typeof(JsonMessageCreate))]
[JsonSerializable(typeof(JsonInteractionResponse))]
[JsonSerializable(typeof(JsonAutocompleteResponse))]
[JsonSerializable(typeof(List<JsonApplicationCommand>))]
[JsonSerializable(typeof(JsonGatewayBot))]
[JsonSerializable(typeof(JsonRestError))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(int))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
