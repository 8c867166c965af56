namespace PartnerBot.Platforms;

/// <summary>
/// The state of one chat platform connection (Discord gateway, Teams endpoint, …), enumerated by <c>/ready</c> and
/// the admin view. Each platform registers one as a singleton: <c>services.AddSingleton&lt;IPlatformStatus&gt;(…)</c>.
/// </summary>
/// <remarks>Read concurrently from request threads; implementations return a consistent snapshot.</remarks>
public interface IPlatformStatus
{
    /// <summary>"discord", "teams", …</summary>
    string Platform { get; }

    /// <summary>The current state.</summary>
    PlatformSnapshot Snapshot();
}
