namespace PartnerBot.Core.Conversation;

/// <summary>What kind of reply the bot produced; renderers may style each differently.</summary>
public enum ReplyKind
{
    Answer,
    NotCovered,
    Company,
    CompanyNotFound,
    Fact,
    Sources,
    Help,
    Notice,
    Error,
}
