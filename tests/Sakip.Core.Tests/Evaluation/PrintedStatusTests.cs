using Sakip.Core.Evaluation;

namespace Sakip.Core.Tests.Evaluation;

public sealed class PrintedStatusTests
{
    public static TheoryData<string, FollowUpStatus> Known => new()
    {
        { "Sudah", FollowUpStatus.Done },
        { "Selesai", FollowUpStatus.Done },
        { "SUDAH", FollowUpStatus.Done },
        { "Dalam proses", FollowUpStatus.InProgress },
        { "Sedang dilaksanakan", FollowUpStatus.InProgress },
        { "Segera dilaksanakan", FollowUpStatus.InProgress },
        { "  segera   Dilaksanakan ", FollowUpStatus.InProgress },
        { "Belum", FollowUpStatus.NotStarted },
        { "Belum dilaksanakan", FollowUpStatus.NotStarted },
        { "Akan diusulkan", FollowUpStatus.NotStarted },
        { "Akan dilaksanakan", FollowUpStatus.NotStarted },
    };

    [Theory]
    [MemberData(nameof(Known))]
    public void Parse_maps_the_known_texts_ignoring_case_and_spacing(string printed, FollowUpStatus status)
    {
        var parsed = PrintedStatus.Parse(printed);

        parsed.ShouldBe(status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Proses")]
    [InlineData("Dilaksanakan")]
    [InlineData("Sudah dilaksanakan sebagian")]
    [InlineData("sudah_selesai")]
    public void Parse_returns_nothing_for_unknown_text_rather_than_guessing(string printed)
    {
        var parsed = PrintedStatus.Parse(printed);

        parsed.ShouldBeNull();
    }
}
