using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace PartnerBot.TestSupport.Teams;

public sealed partial class FakeBotConnector
{
    /// <summary>Mints a connector token as Bot Framework would (RS256, <c>kid</c> header), with knobs to break it.</summary>
    public string MintToken(FakeTokenSpec? spec = null)
    {
        spec ??= new FakeTokenSpec();
        var now = _time.GetUtcNow();
        var expires = now + (spec.ExpiresIn ?? TimeSpan.FromHours(1));
        RSA signer;
        string kid;
        lock (_gate)
        {
            (signer, kid) = spec.Key switch
            {
                FakeSigningKey.Published => (_key, _kid),
                FakeSigningKey.WrongKeySameKid => (_unpublishedKey, _kid),
                _ => (_unpublishedKey, "unknown-" + NewKid()),
            };
        }
        var header = new JsonObject { ["alg"] = spec.Algorithm, ["kid"] = kid, ["typ"] = "JWT" };
        var payload = new JsonObject
        {
            ["iss"] = spec.Issuer ?? BotFrameworkIssuer,
            ["aud"] = spec.Audience ?? AppId,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["iat"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = expires.ToUnixTimeSeconds(),
        };
        if (spec.ServiceUrl != string.Empty) payload["serviceurl"] = spec.ServiceUrl ?? ServiceUrl;
        var signingInput = Base64Url(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        var signature = spec.Algorithm == "none"
            ? []
            : signer.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url(signature);
    }

    private JsonObject KeySet()
    {
        RSAParameters parameters;
        string kid;
        lock (_gate)
        {
            parameters = _key.ExportParameters(false);
            kid = _kid;
        }
        var endorsements = new JsonArray();
        foreach (var e in Endorsements) endorsements.Add(e);
        return new JsonObject
        {
            ["keys"] = new JsonArray
            {
                new JsonObject
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = kid,
                    ["n"] = Base64Url(parameters.Modulus!),
                    ["e"] = Base64Url(parameters.Exponent!),
                    ["endorsements"] = endorsements,
                },
            },
        };
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
