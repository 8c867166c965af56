using PartnerBot.Core.Conversation;
using PartnerBot.Teams.Processing;
using PartnerBot.Teams.Schema;

namespace PartnerBot.Teams.Tests;

public sealed class RoutingTests
{
    [Theory]
    [InlineData("help", BotCommand.Help, "")]
    [InlineData("HELP", BotCommand.Help, "")]
    [InlineData("/help", BotCommand.Help, "")]
    [InlineData("", BotCommand.Help, "")]
    [InlineData("company Leeds Bradford Airport", BotCommand.Company, "Leeds Bradford Airport")]
    [InlineData("fact", BotCommand.Fact, "")]
    [InlineData("sources", BotCommand.Sources, "")]
    [InlineData("subscribe fact", BotCommand.SubscribeFact, "")]
    [InlineData("Unsubscribe Fact", BotCommand.UnsubscribeFact, "")]
    [InlineData("ask who invested in Leeds?", BotCommand.Ask, "who invested in Leeds?")]
    [InlineData("help me find Wuhan deals", BotCommand.Ask, "help me find Wuhan deals")]
    [InlineData("fact about Huawei", BotCommand.Ask, "fact about Huawei")]
    [InlineData("subscribe", BotCommand.Ask, "subscribe")]
    public void Route_Text_Command(string text, BotCommand command, string expected)
    {
        var (actual, rest) = CommandRouter.Route(text);

        Assert.Equal(command, actual);
        Assert.Equal(expected, rest);
    }

    [Fact]
    public void Strip_BotMention_RemovedOtherMentionKept()
    {
        var activity = new Activity
        {
            Text = "<at>PartnerBot</at>&nbsp;did <at>Ada</at> ask  about\u00A0Leeds?",
            Recipient = new ChannelAccount { Id = "28:bot" },
            Entities =
            [
                new Entity { Type = "mention", Mentioned = new ChannelAccount { Id = "28:bot", Name = "PartnerBot" }, Text = "<at>PartnerBot</at>" },
                new Entity { Type = "mention", Mentioned = new ChannelAccount { Id = "29:ada", Name = "Ada" }, Text = "<at>Ada</at>" },
            ],
        };

        Assert.Equal("did <at>Ada</at> ask about Leeds?", MentionStripper.Strip(activity));
    }

    [Fact]
    public void Strip_MentionEntityWithoutText_UsesMentionedName()
    {
        var activity = new Activity
        {
            Text = "<at>PartnerBot</at> fact",
            Recipient = new ChannelAccount { Id = "28:bot" },
            Entities = [new Entity { Type = "Mention", Mentioned = new ChannelAccount { Id = "28:bot", Name = "PartnerBot" } }],
        };

        Assert.Equal("fact", MentionStripper.Strip(activity));
    }

    [Fact]
    public void Strip_AtTextWithoutEntity_Kept()
    {
        // Text is user-editable: without a mention entity for the bot nothing is removed.
        var activity = new Activity { Text = "<at>PartnerBot</at> fact", Recipient = new ChannelAccount { Id = "28:bot" } };

        Assert.Equal("<at>PartnerBot</at> fact", MentionStripper.Strip(activity));
    }

    [Fact]
    public void DuplicateFilter_BeyondCapacity_OldestForgotten()
    {
        var filter = new DuplicateFilter(2);

        Assert.True(filter.TryAdd("a"));
        Assert.False(filter.TryAdd("a"));
        Assert.True(filter.TryAdd("b"));
        Assert.True(filter.TryAdd("c"));

        Assert.Equal(2, filter.Count);
        Assert.True(filter.TryAdd("a"));
        Assert.False(filter.TryAdd("c"));
    }
}
