using PartnerBot.Core.Conversation;
using PartnerBot.Knowledge;
using PartnerBot.Platforms;

namespace PartnerBot.Web;

/// <summary><c>/admin</c> (page) and <c>GET /api/admin</c> (JSON): index, platforms, fact posts, questions to review.</summary>
internal static class AdminEndpoints
{
    private const int RecentQuestions = 50;

    public static void MapAdmin(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin", (HttpContext context, AdminAccess access) => access.Check(context) ?? Pages.Result("admin.html"));
        app.MapGet("/api/admin", (HttpContext context, AdminAccess access, ReloadingKnowledgeSource knowledge,
            IEnumerable<IPlatformStatus> platforms, IFeedbackStore feedback, IServiceProvider services) =>
            access.Check(context) ?? Results.Ok(Report(knowledge.State, platforms, feedback, services.GetService<IFactPostingStatus>())));
    }

    private static object Report(KnowledgeState state, IEnumerable<IPlatformStatus> platforms, IFeedbackStore feedback, IFactPostingStatus? facts) => new
    {
        index = new
        {
            loaded = state.Loaded,
            articles = state.Index?.Articles,
            passages = state.Index?.Passages,
            terms = state.Index?.Terms,
            builtAt = state.Index?.BuiltAt,
            reused = state.Index?.Reused,
            buildSeconds = state.Index is { } i ? Math.Round(i.BuildSeconds, 3) : (double?)null,
            location = state.Index?.Location,
            loadedAt = state.LoadedAt,
            reloads = state.Reloads,
            lastError = state.LastError,
            lastErrorAt = state.LastErrorAt,
            skipped = state.Skipped.Select(s => new { file = s.File, reason = s.Reason }),
        },
        platforms = OpsEndpoints.Platforms(platforms),
        facts = new
        {
            running = facts is not null,
            subscriptions = facts?.Subscriptions() ?? [],
            recentPosts = facts?.RecentPosts(RecentQuestions) ?? [],
        },
        questions = feedback.Recent(RecentQuestions).Where(e => e.Kind != "up")
            .Select(e => new { at = e.At, platform = e.Platform, kind = e.Kind, question = e.Question, answer = e.Answer }),
    };
}
