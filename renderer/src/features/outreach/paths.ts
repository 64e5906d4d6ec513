/** The outreach pages' addresses (app/routes.tsx). */
export const outreachPath = {
  activities: '/outreach',
  activity: (id: string) => `/outreach/${encodeURIComponent(id)}`,
  suggestions: '/suggestions',
  /** 登记为信访事项: the reception desk filled from one problem an activity found. */
  registerFromProblem: (activityId: string, problemId: string) =>
    `/register?fromActivity=${encodeURIComponent(activityId)}&problem=${encodeURIComponent(problemId)}`,
  /** 登记来访 on a 领导接待日: the reception desk with the channel and the day filled. */
  registerOnReceptionDay: (activityId: string, day: string) =>
    `/register?receptionDay=${encodeURIComponent(activityId)}&on=${encodeURIComponent(day)}`,
};
