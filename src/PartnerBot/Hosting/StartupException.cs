namespace PartnerBot.Hosting;

/// <summary>A configuration problem found before start; its message is the one line the process prints.</summary>
public sealed class StartupException(string message) : Exception(message);
