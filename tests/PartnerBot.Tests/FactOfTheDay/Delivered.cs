using PartnerBot.Core.Conversation;
using PartnerBot.State;

namespace PartnerBot.Tests.FactOfTheDay;

/// <summary>One recorded post.</summary>
internal sealed record Delivered(Destination Destination, BotReply Reply, DateTimeOffset At);
