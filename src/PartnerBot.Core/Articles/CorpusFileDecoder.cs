using System.Text;

namespace PartnerBot.Core.Articles;

/// <summary>Turns a corpus file's bytes into text, or says in words why it cannot.</summary>
internal static class CorpusFileDecoder
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string reason)
    {
        text = "";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            reason = "UTF-16 text; save it as UTF-8";
            return false;
        }
        if (bytes.IndexOf((byte)0) >= 0)
        {
            reason = "binary file (contains NUL bytes)";
            return false;
        }
        try
        {
            text = s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            reason = $"not valid UTF-8 (bad byte at offset {ex.Index}); save it as UTF-8";
            return false;
        }
        if (text.AsSpan().TrimStart('\uFEFF').IsWhiteSpace())
        {
            reason = bytes.Length == 0 ? "empty file" : "only white space";
            return false;
        }
        reason = "";
        return true;
    }
}
