namespace PartnerBot.Tests.Eval;

/// <summary>One question of an evaluation entry and the strings that count as a right answer (empty: abstain).</summary>
internal sealed record EvalTurn(string Q, IReadOnlyList<string> Answers);
