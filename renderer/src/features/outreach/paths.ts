/** The outreach pages' addresses (app/routes.tsx). */
export const outreachPath = {
  activities: '/outreach',
  activity: (id: string) => `/outreach/${encodeURIComponent(id)}`,
  suggestions: '/suggestions',
  /** 登记为信访事项: the reception desk filled from one problem an activity found. */
  registerFromProblem: (activityId: string, problemId: string) =>
    `/register?fromActivity=${encodeURIComponent(activityId)}&problem=${encodeURIComponent(problemId)}`,
};
