namespace Sakip.Core.Evaluation.Lke;

/// <summary>How a criterion of the LKE worksheet is answered.</summary>
public enum AnswerType
{
    /// <summary>Y/T: Y = 1, T = 0.</summary>
    YesNo,

    /// <summary>A/B/C/D/E: 1; 0,75; 0,5; 0,25; 0.</summary>
    Grade,
}
