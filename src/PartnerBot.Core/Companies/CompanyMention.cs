using PartnerBot.Core.Answering;
using PartnerBot.Core.Articles;

namespace PartnerBot.Core.Companies;

/// <summary>The passages of one article that mention a company, figures first.</summary>
public sealed record CompanyMention(Article Article, IReadOnlyList<Citation> Passages);
