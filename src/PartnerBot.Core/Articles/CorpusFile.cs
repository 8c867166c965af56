using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace PartnerBot.Core.Articles;

/// <summary>One candidate file of a corpus: its digest and either its parsed article or why it was skipped.</summary>
/// <param name="Name">File name relative to the corpus folder.</param>
/// <param name="Digest">SHA-256 over the name, the length and the bytes (an unreadable file hashes its name and a marker).</param>
/// <param name="Parsed">The article, with passage ids starting at 0; null when skipped.</param>
/// <param name="SkipReason">Why the file is not in the corpus; null when read.</param>
internal sealed record CorpusFile(string Name, byte[] Digest, ParsedArticle? Parsed, string? SkipReason)
{
    public static CorpusFile FromDisk(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var reason = Directory.Exists(path) ? "is a folder, not a file" : "could not be read: " + ex.Message;
            return new CorpusFile(name, Hash(name, "\0unreadable"u8), null, reason);
        }
        return FromBytes(name, bytes);
    }

    public static CorpusFile FromBytes(string name, byte[] bytes)
    {
        var digest = Hash(name, bytes);
        if (!CorpusFileDecoder.TryDecode(bytes, out var text, out var reason))
        {
            return new CorpusFile(name, digest, null, reason);
        }
        var parsed = ArticleReader.Read(name, text);
        return parsed.Passages.Count == 0
            ? new CorpusFile(name, digest, null, "no article text (only a title, a date or page furniture)")
            : new CorpusFile(name, digest, parsed, null);
    }

    // Name and length prefix the bytes, so moving text from one file to the next changes the corpus hash too.
    private static byte[] Hash(string name, ReadOnlySpan<byte> bytes)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(length, bytes.Length);
        hash.AppendData(Encoding.UTF8.GetBytes(name));
        hash.AppendData("\0"u8);
        hash.AppendData(length);
        hash.AppendData(bytes);
        return hash.GetHashAndReset();
    }
}
