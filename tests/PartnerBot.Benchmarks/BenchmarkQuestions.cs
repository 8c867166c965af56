namespace PartnerBot.Benchmarks;

/// <summary>Realistic questions about the seed articles, used round-robin by the loopback benchmarks.</summary>
internal static class BenchmarkQuestions
{
    private static readonly string[] s_questions =
    [
        "How many brands does Haier have?",
        "Who founded DeepSeek?",
        "What is Geely's annual growth rate?",
        "Where was the Phoenix Dance Theatre performance held?",
        "hisense employees",
        "Which companies have skyscrapers in Haidian?",
        "What does Tuya help brands become?",
        "What is the weather in Hangzhou tomorrow?",
    ];

    public static string For(int i) => s_questions[i % s_questions.Length];
}
