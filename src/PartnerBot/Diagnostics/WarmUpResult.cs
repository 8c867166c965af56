namespace PartnerBot.Diagnostics;

/// <summary>How a <see cref="JitWarmUp"/> ended.</summary>
/// <param name="Passes">Warm-up passes run.</param>
/// <param name="Elapsed">Time spent, pauses included.</param>
/// <param name="MethodsCompiled">Methods the JIT had compiled by the end (all tiers).</param>
/// <param name="Settled">True when the last pass compiled nothing; false when the time limit ended the warm-up.</param>
public sealed record WarmUpResult(int Passes, TimeSpan Elapsed, long MethodsCompiled, bool Settled)
{
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Passes} passes in {Elapsed.TotalSeconds:0.0} s, {MethodsCompiled} methods compiled, {(Settled ? "JIT settled" : "time limit reached before the JIT settled")}");
}
