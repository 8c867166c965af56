using PartnerBot.Cli;
using PartnerBot.Search;

// SQLite's process-wide settings must precede the first connection (the state store may open one before the index).
SqlitePassageIndexFactory.PrepareProcess();
return await CliRoot.Create().Parse(args).InvokeAsync();
