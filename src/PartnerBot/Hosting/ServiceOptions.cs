namespace PartnerBot.Hosting;

/// <summary>Web service limits (section <c>Service</c>).</summary>
public sealed class ServiceOptions
{
    public const string Section = "Service";

    /// <summary>Addresses to listen on, ';'-separated (<c>--urls</c> overrides).</summary>
    public string Urls { get; set; } = "http://localhost:5080";

    /// <summary>Largest JSON body the API accepts, in bytes (bigger gets 413).</summary>
    public int MaxRequestBodyBytes { get; set; } = 16 * 1024;

    /// <summary>How long shutdown waits for in-flight replies before closing platform connections.</summary>
    public int ShutdownTimeoutSeconds { get; set; } = 30;
}
