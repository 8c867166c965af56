using Microsoft.Extensions.Options;
using PartnerBot.Core.Conversation;
using PartnerBot.Hosting;
using PartnerBot.Knowledge;
using PartnerBot.Web.Models;

namespace PartnerBot.Web;

/// <summary>The JSON API the chat page and scripts share; every call goes through <see cref="IBot"/>.</summary>
internal static class ChatEndpoints
{
    private const string Platform = "web";
    private static readonly BotUser s_user = new(Platform, "web");
    private static readonly BotLocation s_location = new(Platform, "web");

    public static RouteGroupBuilder MapChatApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireRateLimiting(RateLimiting.Policy);
        api.AddEndpointFilter(async (context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<ReloadingKnowledgeSource>().IsLoaded ? await next(context).ConfigureAwait(false) : Problems.Loading());
        api.MapPost("/ask", AskAsync);
        api.MapGet("/companies", (string? prefix, IBot bot) => Results.Ok(bot.SuggestCompanies(prefix ?? string.Empty)));
        api.MapGet("/company/{name}", CompanyAsync);
        api.MapGet("/fact", FactAsync);
        api.MapPost("/feedback", FeedbackAsync);
        return api;
    }

    private static async Task<IResult> AskAsync(HttpContext context, IBot bot, IOptions<BotOptions> botOptions, IOptions<ServiceOptions> service, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync<AskRequest>(context, service.Value.MaxRequestBodyBytes, ct).ConfigureAwait(false);
        if (problem is not null) return problem;
        var question = body!.Question?.Trim() ?? string.Empty;
        if (question.Length == 0) return Problems.BadRequest("Ask a question: {\"question\": \"Who founded DeepSeek?\"}.");
        var max = botOptions.Value.MaxQuestionLength;
        if (question.Length > max)
        {
            return Problems.BadRequest($"Questions can be at most {max} characters; yours has {question.Length}. Please shorten it.");
        }
        var reply = await bot.HandleAsync(new BotRequest(BotCommand.Ask, question, s_user, s_location), ct).ConfigureAwait(false);
        return reply.Kind == ReplyKind.Error ? Problems.BadRequest(reply.Text) : Results.Ok(ReplyModel.From(reply));
    }

    private static async Task<IResult> CompanyAsync(string name, IBot bot, CancellationToken ct)
    {
        var reply = await bot.HandleAsync(new BotRequest(BotCommand.Company, name, s_user, s_location), ct).ConfigureAwait(false);
        return reply.Kind switch
        {
            ReplyKind.Company => Results.Ok(ReplyModel.From(reply)),
            ReplyKind.CompanyNotFound => Results.Problem(title: "Company not found", detail: reply.Text, statusCode: StatusCodes.Status404NotFound,
                extensions: new Dictionary<string, object?> { ["closest"] = reply.Suggestions }),
            _ => Problems.BadRequest(reply.Text),
        };
    }

    private static async Task<IResult> FactAsync(IBot bot, CancellationToken ct)
    {
        var reply = await bot.HandleAsync(new BotRequest(BotCommand.Fact, string.Empty, s_user, s_location), ct).ConfigureAwait(false);
        return reply.Kind == ReplyKind.Fact
            ? Results.Ok(ReplyModel.From(reply))
            : Results.Problem(title: "No fact", detail: reply.Text, statusCode: StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> FeedbackAsync(HttpContext context, IBot bot, IOptions<ServiceOptions> service, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync<FeedbackRequest>(context, service.Value.MaxRequestBodyBytes, ct).ConfigureAwait(false);
        if (problem is not null) return problem;
        if (string.IsNullOrWhiteSpace(body!.ReplyId)) return Problems.BadRequest("Give the replyId of the answer you rate.");
        var command = body.Vote?.Trim().ToLowerInvariant() switch
        {
            "up" => BotCommand.FeedbackUp,
            "down" => BotCommand.FeedbackDown,
            _ => (BotCommand?)null,
        };
        if (command is null) return Problems.BadRequest("vote must be \"up\" or \"down\".");
        var reply = await bot.HandleAsync(new BotRequest(command.Value, body.ReplyId, s_user, s_location), ct).ConfigureAwait(false);
        return Results.Ok(new { message = reply.Text });
    }
}
