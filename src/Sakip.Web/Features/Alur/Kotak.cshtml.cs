using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Alur;

/// <summary>The person's inbox: waiting for their verification, returned to them, due for their unit (overdue first).</summary>
public sealed class KotakModel(Inbox inbox) : PageModel
{
    public Inbox.Contents Contents { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Contents = await inbox.ReadAsync(UnitAccess.Of(HttpContext), ct);
    }

    public string Local(DateTimeOffset at) => $"{TimeZoneInfo.ConvertTime(at, Contents.Zone):dd-MM-yyyy HH.mm} {Contents.Zone.Id}";
}
