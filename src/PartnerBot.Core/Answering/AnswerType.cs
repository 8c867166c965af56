namespace PartnerBot.Core.Answering;

/// <summary>What kind of thing a question asks for, read from its question words.</summary>
public enum AnswerType
{
    /// <summary>No particular cue ("what does…", keyword queries).</summary>
    Any,
    /// <summary>who → people or organisations.</summary>
    Person,
    /// <summary>which companies / which outlets → organisations.</summary>
    Organisation,
    /// <summary>when / what year → dates.</summary>
    Date,
    /// <summary>how many / how much / what rate → numbers and money.</summary>
    Number,
    /// <summary>where / which city → places.</summary>
    Place,
}
