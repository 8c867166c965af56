using PartnerBot.Cli;

return await CliRoot.Create().Parse(args).InvokeAsync();
