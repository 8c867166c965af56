namespace PartnerBot.Hosting;

/// <summary>The operator view (section <c>Admin</c>).</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>
    /// Bearer token for <c>/admin</c> and <c>/api/admin</c>; required when the service listens on anything but
    /// loopback (without it the view is closed there). Set it through <c>Admin__Token</c> or user secrets.
    /// </summary>
    public string? Token { get; set; }
}
