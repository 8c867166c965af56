using System.Text.Json.Serialization;

namespace PartnerBot.Core.Companies.JsonModels;

/// <summary>Source-generated JSON metadata for the catalogue file.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(JsonCatalog))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext;
