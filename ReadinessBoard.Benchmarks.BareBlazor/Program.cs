using BareBlazor;

var builder = WebApplication.CreateBuilder(args);
// blazor.web.js is a static web asset: served from the build output in any environment.
builder.WebHost.UseStaticWebAssets();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddSingleton(new SharedBoxes(builder.Configuration.GetValue("Boxes", 25)));

var app = builder.Build();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();
