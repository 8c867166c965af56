using System.Globalization;
using System.Text;

namespace PartnerBot.Core.Answering;

/// <summary>A readable trace of how a question was analysed and ranked (for tuning; `ask --explain`).</summary>
public sealed partial class AnswerEngine
{
    public string Explain(string question)
    {
        var query = _analyzer.Analyze(question.Trim());
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"type={query.Type} corrected={query.Corrected} totalIdf={query.TotalIdf:0.00}");
        foreach (var c in query.Concepts)
        {
            var forms = string.Join(", ", c.Forms.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Text}[{string.Join(' ', f.Stems)}]:{f.Weight:0.00}")));
            text.AppendLine(CultureInfo.InvariantCulture, $"  concept '{c.Text}' idf={c.Idf:0.00} inCorpus={c.InCorpus}: {forms}");
        }
        if (query.Concepts.Count == 0) return text.ToString();
        var ranked = Rank(query, CancellationToken.None);
        if (ranked.Count == 0) return text.ToString();
        foreach (var (score, sentence) in _picker.Scores(query, ranked).Take(4))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  sentence {score:0.000} {sentence[..Math.Min(100, sentence.Length)]}");
        }
        foreach (var r in ranked.Take(6))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {r.Score:0.000} cov={r.Coverage:0.00} w=[{string.Join(",", r.ContextWeight.Select(w => w.ToString("0.0", CultureInfo.InvariantCulture)))}] #{r.Passage.Id} {r.Passage.Text[..Math.Min(90, r.Passage.Text.Length)]}");
        }
        return text.ToString();
    }
}
